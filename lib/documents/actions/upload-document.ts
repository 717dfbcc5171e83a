"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { hashPersonalKey } from "@/lib/security/hash-key";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { MAX_DOCUMENT_BYTES } from "../document-limits";
import { checkUploadContent, uploadDocument, uploadDocumentSchema, type UploadProblem } from "../upload-document";

// Enough for a family gathering its papers in one sitting, too few to fill the disk.
const UPLOAD_LIMIT = { max: 40, windowSeconds: 60 * 60 };

type FileCheck = { ok: true; name: string; declaredType: string; content: Uint8Array } | { ok: false; problem: UploadProblem };

/** Reads the posted file, refusing an oversized one before reading it into memory. */
async function readPostedFile(value: FormDataEntryValue | null): Promise<FileCheck> {
  if (!(value instanceof File)) return { ok: false, problem: "fileRequired" };
  if (value.size > MAX_DOCUMENT_BYTES) return { ok: false, problem: "fileTooLarge" };
  const content = new Uint8Array(await value.arrayBuffer());
  const detected = checkUploadContent(value.name, content, value.type);
  return typeof detected === "string" ? { ok: false, problem: detected } : { ok: true, name: value.name, declaredType: value.type, content };
}

export async function uploadDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "create", "document")) notFound();

  const t = await getTranslations("documents.errors");
  const values = keepValues(formData, ["kind"]);
  const file = await readPostedFile(formData.get("file"));
  formData.delete("file");
  const parsed = parseForm(uploadDocumentSchema, formData);

  const fieldErrors: Record<string, string> = {};
  if (!parsed.ok) {
    for (const [field, key] of Object.entries(parsed.fieldErrors)) fieldErrors[field] = t(key as Parameters<typeof t>[0]);
  }
  if (!file.ok) fieldErrors.file = t(file.problem);
  if (!parsed.ok || !file.ok) {
    const formError = !parsed.ok && parsed.hasUnexpectedFields ? t("unexpectedField") : undefined;
    return { status: "error", fieldErrors, formError, values };
  }

  const rate = await consumeRateLimit("document-upload", hashPersonalKey(env().AUTH_SECRET ?? "bakytty-development-rate-limit", user.id), UPLOAD_LIMIT);
  if (!rate.allowed) {
    return { status: "error", fieldErrors: {}, formError: t("tooManyUploads", { minutes: Math.ceil(rate.retryAfterSeconds / 60) }), values };
  }

  try {
    await uploadDocument(user, { kind: parsed.data.kind, originalName: file.name, declaredType: file.declaredType, content: file.content });
  } catch (error) {
    if (isAppError(error, "CONFLICT")) return { status: "error", fieldErrors: {}, formError: t("noFamily"), values };
    if (isAppError(error, "INVALID_INPUT")) {
      return { status: "error", fieldErrors: { file: t((error.detail ?? "fileTypeNotAllowed") as UploadProblem) }, values };
    }
    throw error;
  }
  // Post/redirect/get: reloading the list never sends the file again.
  redirect(`/${await getLocale()}/documents?status=uploaded`);
}
