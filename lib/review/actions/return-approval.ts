"use server";

import type { FormState } from "@/lib/forms/form-state";
import { returnApproval, returnApprovalSchema } from "../return-approval";
import { runReviewAction } from "./run-review-action";

export async function returnApprovalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "returnApproval", schema: returnApprovalSchema, keptFields: ["returnReason"], run: returnApproval, done: "returned" });
}
