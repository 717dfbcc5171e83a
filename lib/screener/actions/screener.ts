"use server";

// The anonymous screener's action. Public on purpose: no session is needed or read, and
// nothing is written (not even a rate-limit counter): the answers live only in the form.
import { getLocale, getTranslations } from "next-intl/server";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { isLocale } from "@/lib/i18n/locales";
import { handleScreenerForm } from "../handle-screener-form";
import { presentScreenerResult } from "../present-screener-result";
import type { ScreenerState } from "../screener-state";

export async function screenerAction(previous: ScreenerState, formData: FormData): Promise<ScreenerState> {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "kk";
  const t = await getTranslations("screener");
  const outcome = await handleScreenerForm(formData, {
    // The edge reads the clock; the engine and the checks only receive the date.
    today: dateInAlmaty(new Date()),
    locale,
    labels: { memberId: (index) => t("personLabel", { number: index + 1 }), difficultSituation: t("difficultSituationDeclared") },
  });
  return {
    phase: outcome.phase,
    values: outcome.values,
    errors: outcome.errors.map((error) => {
      const message = t(`errors.${error.key}`);
      const summary = error.memberIndex === null ? message : `${t("personLabel", { number: error.memberIndex + 1 })}: ${message}`;
      return { field: error.field, message, summary };
    }),
    formError: outcome.formErrorKey ? t("errors.unexpectedField") : undefined,
    result: outcome.result ? await presentScreenerResult(outcome.result, locale) : undefined,
    revision: previous.revision + 1,
  };
}
