// The form answer for a submission refused with a typed error the family can act on: the
// draft changed in another window, or the service is temporarily unavailable (their
// answers are kept, they try again). Other errors are not the form's to explain (null).
import { isAppError } from "@/lib/errors/app-error";
import type { ApplyFormState } from "./apply-form-state";

/** Translates keys of the "apply.errors" namespace. */
export type ApplyErrorsTranslator = (key: "draftChanged" | "serviceUnavailable") => string;

export function submitFailureState(error: unknown, t: ApplyErrorsTranslator): ApplyFormState | null {
  if (isAppError(error, "CONFLICT")) return { status: "error", fieldErrors: {}, formError: t("draftChanged"), values: {} };
  if (isAppError(error, "UNAVAILABLE")) return { status: "error", fieldErrors: {}, formError: t("serviceUnavailable"), values: {} };
  return null;
}
