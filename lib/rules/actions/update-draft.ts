"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { updateDraftSchema } from "../draft-schemas";
import { updateDraft } from "../update-draft";
import { invalidFormState, refusedFormState, requireRulesEditor } from "./action-support";

export async function updateDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRulesEditor();
  const values = keepValues(formData, ["title", "reason"]);
  const parsed = parseForm(updateDraftSchema, formData);
  if (!parsed.ok) return invalidFormState(parsed, values);
  try {
    await updateDraft(admin, parsed.data);
  } catch (error) {
    return refusedFormState(error, values);
  }
  revalidatePath("/[locale]/admin/rules", "layout");
  const t = await getTranslations("rules.draft");
  return { status: "success", fieldErrors: {}, message: t("detailsSaved"), values };
}
