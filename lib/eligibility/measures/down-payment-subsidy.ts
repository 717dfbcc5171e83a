// DOWN_PAYMENT_SUBSIDY: 4+ minor children, low income, in the housing queue, owns no
// home → review: the amount is set by a caseworker, so the engine never promises one.
import type { FamilyContext } from "../facts";
import type { HintTrace, MeasureTrace, ReasonTrace } from "../types";
import * as outcomeHelpers from "./outcome";
import type { SharedReasons } from "./shared-reasons";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { NO_MEMBERS, outcomeWhenAllPass } = outcomeHelpers;

export function evaluateDownPaymentSubsidy(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  const minimum = context.params.byKey.DOWN_PAYMENT_SUBSIDY_MIN_MINOR_CHILDREN;
  const hasEnoughMinors = context.facts.minorChildren >= minimum.value;
  const reasons: ReasonTrace[] = [
    {
      rule: "minor_children_for_subsidy",
      passed: hasEnoughMinors,
      message: hasEnoughMinors ? "minor_children_for_subsidy.passed" : "minor_children_for_subsidy.failed",
      values: { minorChildren: context.facts.minorChildren, subsidyMinMinorChildren: minimum, minorAgeYears: context.params.byKey.MINOR_AGE_YEARS },
      source: minimum.source,
    },
    shared.lowIncome,
    shared.inHousingQueue,
    shared.ownsNoHome,
  ];
  const isQualified = outcomeWhenAllPass(reasons) === "eligible";
  const hints: HintTrace[] = [];
  if (isQualified) {
    reasons.push({ rule: "caseworker_sets_amount", passed: true, message: "caseworker_sets_amount.subsidy", values: {}, source: minimum.source });
  } else {
    if (!shared.lowIncome.passed) hints.push(shared.lowIncomeHint);
    if (!shared.inHousingQueue.passed) hints.push(shared.housingQueueHint);
  }
  return {
    code: "DOWN_PAYMENT_SUBSIDY",
    outcome: isQualified ? "review" : "not_eligible",
    amountTenge: null,
    period: isQualified ? "once" : null,
    members: NO_MEMBERS,
    terms: null,
    reasons,
    hints,
  };
}
