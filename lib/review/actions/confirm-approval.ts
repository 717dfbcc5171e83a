"use server";

import type { FormState } from "@/lib/forms/form-state";
import { confirmApproval, confirmApprovalSchema } from "../confirm-approval";
import { runReviewAction } from "./run-review-action";

export async function confirmApprovalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "confirmApproval", schema: confirmApprovalSchema, keptFields: [], run: confirmApproval, done: "confirmed" });
}
