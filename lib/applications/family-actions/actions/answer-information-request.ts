"use server";

import type { FormState } from "@/lib/forms/form-state";
import { answerInformationRequest, answerInformationRequestSchema } from "../answer-information-request";
import { runFamilyAction } from "../run-family-action";

export async function answerInformationRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFamilyAction(formData, { schema: answerInformationRequestSchema, keptFields: ["message"], run: answerInformationRequest, done: "answered" });
}
