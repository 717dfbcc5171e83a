// UTILITIES_COMPENSATION: a large, low-income family receives a monthly amount.
import type { FamilyContext } from "../facts";
import type { HintTrace, MeasureTrace, ReasonTrace } from "../types";
import { NO_HINTS, NO_MEMBERS, outcomeWhenAllPass } from "./outcome";
import type { SharedReasons } from "./shared-reasons";

export function evaluateUtilitiesCompensation(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  const amount = context.params.byKey.UTILITIES_COMPENSATION_TENGE;
  const reasons: ReasonTrace[] = [shared.largeFamily, shared.lowIncome];
  const outcome = outcomeWhenAllPass(reasons);
  let hints: HintTrace[] = NO_HINTS;
  if (outcome === "eligible") {
    reasons.push({ rule: "utilities_amount", passed: true, message: "utilities_amount.computed", values: { utilitiesCompensationTenge: amount }, source: amount.source });
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
