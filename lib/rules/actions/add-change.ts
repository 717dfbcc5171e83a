"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { addDraftChange } from "../add-draft-change";
import { firstAllowedEffectiveDate } from "../dates";
import { addChangeSchema } from "../draft-schemas";
import { invalidFormState, refusedFormState, requireRulesEditor } from "./action-support";

const KEPT_FIELDS = ["key", "value", "effectiveFrom", "source"] as const;

export async function addChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRulesEditor();
  const values = keepValues(formData, KEPT_FIELDS);
  const parsed = parseForm(addChangeSchema(firstAllowedEffectiveDate(new Date())), formData);
  if (!parsed.ok) return invalidFormState(parsed, values);
  try {
    await addDraftChange(admin, parsed.data);
  } catch (error) {
    return refusedFormState(error, values, { changeExists: "effectiveFrom" });
  }
  revalidatePath("/[locale]/admin/rules", "layout");
  const t = await getTranslations("rules.draft");
  // The form starts empty again for the next change.
  return { status: "success", fieldErrors: {}, message: t("changeAdded"), values: {} };
}
