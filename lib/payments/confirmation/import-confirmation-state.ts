// What the import form gets back: the usual form state plus every problem of a refused
// file, each already in the reader's language and naming its line.
import type { FormState } from "@/lib/forms/form-state";

export interface ImportConfirmationState extends FormState {
  problems: string[];
}

export const INITIAL_IMPORT_STATE: ImportConfirmationState = { status: "idle", fieldErrors: {}, values: {}, problems: [] };
