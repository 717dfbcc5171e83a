"use server";

import type { FormState } from "@/lib/forms/form-state";
import { approveApplication, approveApplicationSchema } from "../approve-application";
import { runReviewAction } from "./run-review-action";

export async function approveApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "approve", schema: approveApplicationSchema, keptFields: ["amountTenge"], run: approveApplication, done: "approved" });
}
