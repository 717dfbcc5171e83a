"use server";

import type { FormState } from "@/lib/forms/form-state";
import { resumeReview, resumeReviewSchema } from "../resume-review";
import { runReviewAction } from "./run-review-action";

export async function resumeReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "resumeReview", schema: resumeReviewSchema, keptFields: [], run: resumeReview, done: "resumed" });
}
