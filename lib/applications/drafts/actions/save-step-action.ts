"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { isStepOf, stepAfter } from "../../flows/flow-definitions";
import { measureFromSlug } from "../../flows/measure-slug";
import { parseStep, stepFormRecord } from "../../flows/step-schemas";
import { saveDraftStep } from "../save-draft-step";
import type { ApplyFormState } from "./apply-form-state";

/** Keeps what was typed, lists joined, so a failed step shows it again. */
function keptValues(record: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : value]));
}

/**
 * Saves one step of a flow. `slug`, `step` and `returnTo` are bound by the page but come
 * back from the browser, so they are checked like any other input.
 */
export async function saveStepAction(slug: string, step: string, returnTo: string, _previous: ApplyFormState, formData: FormData): Promise<ApplyFormState> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/apply/${slug}`)}`);
  const measure = measureFromSlug(slug);
  if (!measure || !isStepOf(measure, step) || !can(user, "create", "application")) notFound();

  const t = await getTranslations("apply.errors");
  const record = stepFormRecord(step, formData);
  const values = keptValues(record);
  const parsed = parseStep(step, record);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(key as Parameters<typeof t>[0])]));
    return { status: "error", fieldErrors, formError: parsed.hasUnexpectedFields ? t("unexpectedField") : undefined, values };
  }
  try {
    const saved = await saveDraftStep(user, measure, step, parsed.data, { now: new Date() });
    if (!saved.ok) {
      return {
        status: "error",
        fieldErrors: { [saved.field]: t(saved.errorKey as Parameters<typeof t>[0]) },
        values,
        ...(saved.openApplication
          ? { openApplication: { href: `/${locale}/applications/${saved.openApplication.applicationId}`, text: t("viewOpenApplication", { reference: saved.openApplication.reference }) } }
          : {}),
      };
    }
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) redirect(`/${locale}/apply/${slug}`);
    if (isAppError(error, "CONFLICT")) return { status: "error", fieldErrors: {}, formError: t("draftChanged"), values };
    throw error;
  }
  const next = returnTo === "check" ? null : stepAfter(measure, step);
  redirect(next ? `/${locale}/apply/${slug}/step/${next}` : `/${locale}/apply/${slug}/check`);
}
