"use server";

import type { FormState } from "@/lib/forms/form-state";
import { addInternalNote, addInternalNoteSchema } from "../add-internal-note";
import { runReviewAction } from "./run-review-action";

export async function addInternalNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runReviewAction(formData, { action: "addNote", schema: addInternalNoteSchema, keptFields: ["note"], run: addInternalNote, done: "noted" });
}
