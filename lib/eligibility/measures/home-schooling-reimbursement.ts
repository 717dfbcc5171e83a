// HOME_SCHOOLING_REIMBURSEMENT: a monthly amount per child with a disability taught at home.
import type { FamilyContext } from "../facts";
import type { HintTrace, MeasureTrace, MemberDecision, ReasonTrace } from "../types";

export function evaluateHomeSchoolingReimbursement(context: FamilyContext): MeasureTrace {
  const amount = context.params.byKey.HOME_SCHOOLING_REIMBURSEMENT_TENGE;
  const reasons: ReasonTrace[] = [];
  const members: MemberDecision[] = [];
  const hints: HintTrace[] = [];
  let total = 0;

  for (const child of context.members) {
    if (!child.isChild || child.member.disability !== true) continue;
    const isHomeSchooled = child.member.homeSchooled === true;
    reasons.push({
      rule: "home_schooled_child_with_disability",
      passed: isHomeSchooled,
      message: isHomeSchooled ? "home_schooled_child_with_disability.passed" : "home_schooled_child_with_disability.not_home_schooled",
      values: isHomeSchooled ? { memberId: child.member.id, reimbursementTenge: amount } : { memberId: child.member.id },
      source: amount.source,
    });
    members.push({ memberId: child.member.id, outcome: isHomeSchooled ? "eligible" : "not_eligible", amountTenge: isHomeSchooled ? amount.value : null });
    if (isHomeSchooled) total += amount.value;
    else hints.push({ message: "hint.home_schooled", values: { memberId: child.member.id } });
  }
  if (members.length === 0) {
    reasons.push({ rule: "home_schooled_child_with_disability", passed: false, message: "home_schooled_child_with_disability.none", values: {}, source: amount.source });
  }
  const isEligible = total > 0;
  return {
    code: "HOME_SCHOOLING_REIMBURSEMENT",
    outcome: isEligible ? "eligible" : "not_eligible",
    amountTenge: isEligible ? total : null,
    period: isEligible ? "month" : null,
    members,
    terms: null,
    reasons,
    hints,
  };
}
