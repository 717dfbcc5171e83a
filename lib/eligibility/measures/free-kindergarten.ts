// FREE_KINDERGARTEN: low income; per child aged 1–6 whose birth order among the
// family's children (oldest = 1) is 2 or more.
import * as dates from "../dates";
import type { FamilyContext } from "../facts";
import type { HintTrace, MeasureTrace, MemberDecision, ReasonTrace } from "../types";
import * as outcomeHelpers from "./outcome";
import type { SharedReasons } from "./shared-reasons";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { birthdayAtAge } = dates;
const { NO_HINTS, withHint } = outcomeHelpers;

export function evaluateFreeKindergarten(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  const { KINDERGARTEN_MIN_AGE_YEARS: minAge, KINDERGARTEN_MAX_AGE_YEARS: maxAge, KINDERGARTEN_MIN_BIRTH_ORDER: minOrder } =
    context.params.byKey;
  const isLowIncome = shared.lowIncome.passed;
  const reasons: ReasonTrace[] = [shared.lowIncome];
  const members: MemberDecision[] = [];
  let hints: HintTrace[] = NO_HINTS;
  let eligibleChildren = 0;

  for (const child of context.childrenByBirth) {
    const isTooYoung = child.age < minAge.value;
    const isTooOld = child.age > maxAge.value;
    const isEarlyInOrder = child.birthOrder < minOrder.value;
    const passed = !isTooYoung && !isTooOld && !isEarlyInOrder;
    reasons.push({
      rule: "kindergarten_child",
      passed,
      message: isTooYoung
        ? "kindergarten_child.too_young"
        : isTooOld
          ? "kindergarten_child.too_old"
          : isEarlyInOrder
            ? "kindergarten_child.birth_order"
            : "kindergarten_child.passed",
      values: {
        memberId: child.member.id,
        age: child.age,
        birthOrder: child.birthOrder,
        kindergartenMinAgeYears: minAge,
        kindergartenMaxAgeYears: maxAge,
        kindergartenMinBirthOrder: minOrder,
      },
      source: minAge.source,
    });
    const isEligible = passed && isLowIncome;
    if (isEligible) eligibleChildren++;
    members.push({ memberId: child.member.id, outcome: isEligible ? "eligible" : "not_eligible", amountTenge: null });
    // The one "no" that time alone will change: a younger sibling who will reach the age.
    if (isTooYoung && !isEarlyInOrder && isLowIncome) {
      hints = withHint(hints, {
        message: "hint.kindergarten_from_date",
        values: { memberId: child.member.id, fromDate: birthdayAtAge(child.member.birthDate, minAge.value) },
      });
    }
  }
  if (context.childrenByBirth.length === 0) {
    reasons.push({ rule: "kindergarten_child", passed: false, message: "kindergarten_child.none", values: {}, source: minAge.source });
  }
  if (!isLowIncome) hints = withHint(hints, shared.lowIncomeHint);

  return {
    code: "FREE_KINDERGARTEN",
    outcome: eligibleChildren > 0 ? "eligible" : "not_eligible",
    // A free place, not a payment.
    amountTenge: null,
    period: null,
    members,
    terms: null,
    reasons,
    hints,
  };
}
