// Shared steps of the rules editor's server actions: who is asking (first, so an outsider
// learns nothing, not even validation messages), and errors as translated text.
import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import type { ParseResult } from "@/lib/forms/parse-form";

export async function requireRulesEditor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user || !can(user, "edit", "rules")) notFound();
  return user;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"rules.errors">>>;

export async function rulesErrorText(): Promise<(key: string) => string> {
  const t: Translate = await getTranslations("rules.errors");
  return (key) => (t.has(key as Parameters<Translate>[0]) ? t(key as Parameters<Translate>[0]) : t("unexpected"));
}

export async function invalidFormState(parsed: Extract<ParseResult<unknown>, { ok: false }>, values: Record<string, string>): Promise<FormState> {
  const text = await rulesErrorText();
  const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, text(key)]));
  return { status: "error", fieldErrors, formError: parsed.hasUnexpectedFields ? text("unexpectedField") : undefined, values };
}

/**
 * A refused change (CONFLICT with a reason, or a record gone) as a form error, tied to a
 * field when `fields` names one for the reason; anything else is rethrown.
 */
export async function refusedFormState(error: unknown, values: Record<string, string>, fields: Record<string, string> = {}): Promise<FormState> {
  if (isAppError(error, "NOT_FOUND")) notFound();
  if (!isAppError(error, "CONFLICT")) throw error;
  const reason = error.detail ?? "unexpected";
  const message = (await rulesErrorText())(reason);
  const field = fields[reason];
  return field ? { status: "error", fieldErrors: { [field]: message }, values } : { status: "error", fieldErrors: {}, formError: message, values };
}
