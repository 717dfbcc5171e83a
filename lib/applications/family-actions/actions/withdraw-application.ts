"use server";

import type { FormState } from "@/lib/forms/form-state";
import { runFamilyAction } from "../run-family-action";
import { withdrawApplication, withdrawApplicationSchema } from "../withdraw-application";

export async function withdrawApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFamilyAction(formData, { schema: withdrawApplicationSchema, keptFields: [], run: withdrawApplication, done: "withdrawn" });
}
