"use server";

import type { FormState } from "@/lib/forms/form-state";
import { startReview, startReviewSchema } from "../start-review";
import { runReviewAction } from "./run-review-action";

export async function startReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "startReview", schema: startReviewSchema, keptFields: [], run: startReview, done: "started" });
}
