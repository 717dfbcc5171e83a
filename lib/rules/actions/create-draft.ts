"use server";

import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { redirect } from "@/lib/i18n/navigation";
import { createDraft } from "../create-draft";
import { draftDetailsSchema } from "../draft-schemas";
import { invalidFormState, requireRulesEditor } from "./action-support";

export async function createDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRulesEditor();
  const values = keepValues(formData, ["title", "reason"]);
  const parsed = parseForm(draftDetailsSchema, formData);
  if (!parsed.ok) return invalidFormState(parsed, values);
  const { id } = await createDraft(admin, parsed.data);
  return redirect(`/admin/rules/versions/${id}`);
}
