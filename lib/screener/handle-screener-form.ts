// One post of the screener form → what the page shows next. Every button posts the whole
// form, so the answers travel with each step and nothing is kept on the server.
import "server-only";
import type { Locale } from "@/lib/eligibility/types";
import { readScreenerForm } from "./read-screener-form";
import { runScreener, type ScreenerResult } from "./run-screener";
import { HOUSEHOLD_SIZE_CHOICES, MAX_MEMBERS, emptyMember, emptyValues, type ScreenerValues } from "./screener-values";
import { validateScreenerAnswers, type ScreenerErrorKey, type ScreenerFieldError, type ScreenerLabels } from "./validate-screener-answers";

export type ScreenerPhase = "count" | "form" | "result";

export interface ScreenerOutcome {
  phase: ScreenerPhase;
  values: ScreenerValues;
  errors: (ScreenerFieldError | { field: "householdSize"; key: "householdSizeRequired"; memberIndex: null })[];
  formErrorKey?: "unexpectedField";
  result?: ScreenerResult;
}

export async function handleScreenerForm(
  formData: FormData,
  context: { today: string; locale: Locale; labels: ScreenerLabels },
): Promise<ScreenerOutcome> {
  const read = readScreenerForm(formData);
  if (!read.ok) return { phase: "count", values: emptyValues(0), errors: [], formErrorKey: "unexpectedField" };
  const { intent, values } = read;
  switch (intent.kind) {
    case "count": {
      const size = Number(intent.householdSize);
      if (!HOUSEHOLD_SIZE_CHOICES.includes(size)) {
        return { phase: "count", values: emptyValues(0), errors: [{ field: "householdSize", key: "householdSizeRequired", memberIndex: null }] };
      }
      return { phase: "form", values: emptyValues(size), errors: [] };
    }
    case "add": {
      const members = values.members.length < MAX_MEMBERS ? [...values.members, emptyMember()] : values.members;
      return { phase: "form", values: { ...values, members }, errors: [] };
    }
    case "remove": {
      // The last row stays: a household has at least one person.
      const members =
        values.members.length > 1 && intent.index < values.members.length ? values.members.filter((_, index) => index !== intent.index) : values.members;
      return { phase: "form", values: { ...values, members }, errors: [] };
    }
    case "edit":
      return { phase: "form", values, errors: [] };
    case "check": {
      if (values.members.length === 0) return { phase: "count", values, errors: [] };
      const checked = validateScreenerAnswers(values, context.today, context.labels);
      if (!checked.ok) return { phase: "form", values, errors: checked.errors };
      return { phase: "result", values, errors: [], result: await runScreener(checked.family, context.today, context.locale) };
    }
  }
}

export type { ScreenerErrorKey };
