"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/form-state";
import { enqueueOffersAfterPublish } from "@/lib/jobs/enqueue-offers-after-publish";
import { parseForm } from "@/lib/forms/parse-form";
import { redirect } from "@/lib/i18n/navigation";
import { publishSchema } from "../draft-schemas";
import { publishVersion } from "../publish-version";
import { invalidFormState, refusedFormState, requireRulesEditor } from "./action-support";

export async function publishVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRulesEditor();
  // The password is never echoed back.
  const parsed = parseForm(publishSchema, formData);
  if (!parsed.ok) return invalidFormState(parsed, {});
  try {
    await publishVersion(admin, parsed.data, { now: new Date() });
  } catch (error) {
    return refusedFormState(error, {}, { passwordWrong: "password", tooManyAttempts: "password" });
  }
  // Proactive offers for the families the new rules help (docs/decisions/0005-job-queue.md);
  // after the commit, and never failing the publication (the nightly run catches up).
  await enqueueOffersAfterPublish(parsed.data.versionId);
  revalidatePath("/[locale]", "layout");
  // The page shows the version as published from now on (its form is gone), so go there.
  return redirect(`/admin/rules/versions/${parsed.data.versionId}`);
}
