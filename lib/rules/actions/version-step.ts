"use server";

// The draft's one-button steps: remove a change, submit for approval, withdraw. Each is a
// plain form with hidden ids, so it works without JavaScript.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { removeChangeSchema, versionIdSchema } from "../draft-schemas";
import { removeDraftChange } from "../remove-draft-change";
import { submitDraft } from "../submit-draft";
import { withdrawDraft } from "../withdraw-draft";
import { invalidFormState, refusedFormState, requireRulesEditor } from "./action-support";

async function done(messageKey: "changeRemoved" | "submitted" | "withdrawn"): Promise<FormState> {
  revalidatePath("/[locale]/admin/rules", "layout");
  const t = await getTranslations("rules.draft");
  return { status: "success", fieldErrors: {}, message: t(messageKey), values: {} };
}

export async function removeChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRulesEditor();
  const parsed = parseForm(removeChangeSchema, formData);
  if (!parsed.ok) return invalidFormState(parsed, {});
  try {
    await removeDraftChange(admin, parsed.data);
  } catch (error) {
    return refusedFormState(error, {});
  }
  return done("changeRemoved");
}

export async function submitDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRulesEditor();
  const parsed = parseForm(versionIdSchema, formData);
  if (!parsed.ok) return invalidFormState(parsed, {});
  try {
    await submitDraft(admin, parsed.data.versionId, new Date());
  } catch (error) {
    return refusedFormState(error, {});
  }
  return done("submitted");
}

export async function withdrawDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRulesEditor();
  const parsed = parseForm(versionIdSchema, formData);
  if (!parsed.ok) return invalidFormState(parsed, {});
  try {
    await withdrawDraft(admin, parsed.data.versionId);
  } catch (error) {
    return refusedFormState(error, {});
  }
  return done("withdrawn");
}
