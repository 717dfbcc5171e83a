// Turns what a family action raised into what its form shows: field errors and a form
// error in the reader's language, with the typed text kept.
import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import type { ParseResult } from "@/lib/forms/parse-form";

type ErrorKey = "changed" | "notAllowed" | "deadlinePassed" | "openApplicationExists";

/** The form state for a failed parse; keys are in applications.errors. */
export async function invalidFormState(parsed: Extract<ParseResult<unknown>, { ok: false }>, values: Record<string, string>): Promise<FormState> {
  const t = await getTranslations();
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined = parsed.hasUnexpectedFields ? t("validation.unexpectedField") : undefined;
  for (const [field, key] of Object.entries(parsed.fieldErrors)) {
    const message = t(`applications.errors.${key}` as Parameters<typeof t>[0]);
    // The hidden fields have no visible input to point at: their problem is the form's.
    if (field === "version" || field === "applicationId") formError ??= message;
    else fieldErrors[field] = message;
  }
  return { status: "error", fieldErrors, formError, values };
}

/** The form state for a refused change, or null when the error is not one we explain. */
export async function refusedFormState(error: unknown, values: Record<string, string>): Promise<FormState | null> {
  if (!isAppError(error, "CONFLICT")) return null;
  const t = await getTranslations("applications.errors");
  const detail = error.detail ?? "";
  const key: ErrorKey =
    detail === "version" ? "changed" : detail === "deadline" ? "deadlinePassed" : detail === "open-application-exists" ? "openApplicationExists" : "notAllowed";
  return { status: "error", fieldErrors: {}, formError: t(key), values };
}
