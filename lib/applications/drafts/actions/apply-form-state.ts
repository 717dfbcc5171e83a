// What the apply forms get back from their actions: the shared FormState plus, when an
// open application blocks the choice, the link to it (href and text ready: the browser
// has no message catalogue).
import type { FormState } from "@/lib/forms/form-state";

export interface ApplyFormState extends FormState {
  openApplication?: { href: string; text: string };
}

export const INITIAL_APPLY_FORM_STATE: ApplyFormState = { status: "idle", fieldErrors: {}, values: {} };
