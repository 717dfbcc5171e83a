"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { applicationDocumentsSchema, setApplicationDocuments } from "../application-documents";
import { formRecordHasNul } from "@/lib/forms/forbidden-characters";

export interface AttachmentsFormState {
  status: "idle" | "error" | "success";
  message?: string;
  /** The attached ids after a save, so the boxes show what is stored. */
  attachedIds?: string[];
  /** Increases with every answer, so the form re-renders its boxes from the stored state. */
  revision: number;
}

const ALLOWED_FIELDS = new Set(["applicationId", "documentId"]);

/** The form's fields: one hidden applicationId and one `documentId` per ticked box. */
function readForm(formData: FormData) {
  const keys = [...formData.keys()].filter((key) => !key.startsWith("$ACTION"));
  if (keys.some((key) => !ALLOWED_FIELDS.has(key))) return null;
  if (formRecordHasNul({ applicationId: formData.get("applicationId"), documentIds: formData.getAll("documentId") })) return null;
  const parsed = applicationDocumentsSchema.safeParse({
    applicationId: formData.get("applicationId"),
    documentIds: formData.getAll("documentId"),
  });
  return parsed.success ? parsed.data : null;
}

export async function saveApplicationDocumentsAction(previous: AttachmentsFormState, formData: FormData): Promise<AttachmentsFormState> {
  const user = await getCurrentUser();
  if (!user || !can(user, "update", "application")) notFound();

  const t = await getTranslations("documents");
  const revision = previous.revision + 1;
  const input = readForm(formData);
  if (!input) return { status: "error", message: t("errors.unexpectedField"), revision };
  try {
    const attachedIds = await setApplicationDocuments(user, input.applicationId, input.documentIds);
    // The page around the picker (a check-your-answers list, the locker's usage counts) shows the change.
    revalidatePath("/", "layout");
    return { status: "success", message: t("attachments.saved"), attachedIds, revision };
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) notFound();
    if (isAppError(error, "CONFLICT")) return { status: "error", message: t("attachments.locked"), revision };
    throw error;
  }
}
