// UTILITIES_COMPENSATION: a large, low-income family receives a monthly amount.
import type { FamilyContext } from "../facts";
import type { HintTrace, MeasureTrace, ReasonTrace } from "../types";
import * as outcomeHelpers from "./outcome";
import type { SharedReasons } from "./shared-reasons";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { NO_HINTS, NO_MEMBERS, outcomeWhenAllPass } = outcomeHelpers;

export function evaluateUtilitiesCompensation(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  const amount = context.params.byKey.UTILITIES_COMPENSATION_TENGE;
  const conditions: ReasonTrace[] = [shared.largeFamily, shared.lowIncome];
  const outcome = outcomeWhenAllPass(conditions);
  let reasons = conditions;
  let hints: HintTrace[] = NO_HINTS;
  if (outcome === "eligible") {
    // A new literal rather than a push: the two-element array would be copied to grow.
    reasons = [
      shared.largeFamily,
      shared.lowIncome,
      { rule: "utilities_amount", passed: true, message: "utilities_amount.computed", values: { utilitiesCompensationTenge: amount }, source: amount.source },
    ];
  } else {
    hints = [];
    if (!shared.largeFamily.passed) hints.push(shared.largeFamilyHint);
    if (!shared.lowIncome.passed) hints.push(shared.lowIncomeHint);
  }
  return {
    code: "UTILITIES_COMPENSATION",
    outcome,
    amountTenge: outcome === "eligible" ? amount.value : null,
    period: outcome === "eligible" ? "month" : null,
    members: NO_MEMBERS,
    terms: null,
    reasons,
    hints,
  };
}
