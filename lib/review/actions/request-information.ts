"use server";

import type { FormState } from "@/lib/forms/form-state";
import { requestInformation, requestInformationSchema } from "../request-information";
import { runReviewAction } from "./run-review-action";

export async function requestInformationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "requestInformation", schema: requestInformationSchema, keptFields: ["requestMessage", "respondBy"], run: requestInformation, done: "requested" });
}
