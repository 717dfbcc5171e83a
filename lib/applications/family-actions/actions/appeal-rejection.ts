"use server";

import type { FormState } from "@/lib/forms/form-state";
import { appealRejection, appealRejectionSchema } from "../appeal-rejection";
import { runFamilyAction } from "../run-family-action";

export async function appealRejectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFamilyAction(formData, { schema: appealRejectionSchema, keptFields: ["reason"], run: appealRejection, done: "appealed" });
}
