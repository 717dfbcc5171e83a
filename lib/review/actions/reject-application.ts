"use server";

import type { FormState } from "@/lib/forms/form-state";
import { rejectApplication, rejectApplicationSchema } from "../reject-application";
import { runReviewAction } from "./run-review-action";

export async function rejectApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "reject", schema: rejectApplicationSchema, keptFields: ["reasonCode", "explanation"], run: rejectApplication, done: "rejected" });
}
