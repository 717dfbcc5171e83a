"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { deleteDocument } from "../delete-document";
import { recordIdField } from "../document-id";

const deleteDocumentSchema = z.strictObject({ documentId: recordIdField });

export async function deleteDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user || !can(user, "create", "document")) notFound();

  const parsed = parseForm(deleteDocumentSchema, formData);
  if (!parsed.ok) notFound();
  try {
    await deleteDocument(user, parsed.data.documentId);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "CONFLICT")) {
      const t = await getTranslations("documents.errors");
      return { status: "error", fieldErrors: {}, formError: t("documentInSubmittedApplication"), values: {} };
    }
    throw error;
  }
  redirect(`/${await getLocale()}/documents?status=deleted`);
}
