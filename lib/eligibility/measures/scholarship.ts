// SCHOLARSHIP: low income; per child marked excellent student: school 5,000, college or
// university 10,000 tenge a month.
import type { FamilyContext } from "../facts";
import type { HintTrace, MeasureTrace, MemberDecision, ReasonTrace } from "../types";
import * as outcomeHelpers from "./outcome";
import type { SharedReasons } from "./shared-reasons";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { NO_HINTS, withHint } = outcomeHelpers;

export function evaluateScholarship(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  const { SCHOLARSHIP_SCHOOL_TENGE: school, SCHOLARSHIP_HIGHER_EDUCATION_TENGE: higher } = context.params.byKey;
  const isLowIncome = shared.lowIncome.passed;
  const reasons: ReasonTrace[] = [shared.lowIncome];
  const members: MemberDecision[] = [];
  let hints: HintTrace[] = NO_HINTS;
  let total = 0;
  let eligibleChildren = 0;

  for (const child of context.members) {
    if (!child.isChild || child.member.excellentStudent !== true) continue;
    const education = child.member.education;
    const rate = education === "school" ? school : education === "college" || education === "university" ? higher : null;
    if (rate === null) {
      reasons.push({
        rule: "scholarship_student",
        passed: false,
        message: "scholarship_student.not_in_education",
        values: { memberId: child.member.id, education: education ?? null },
        source: school.source,
      });
      members.push({ memberId: child.member.id, outcome: "not_eligible", amountTenge: null });
      hints = withHint(hints, { message: "hint.scholarship_education", values: { memberId: child.member.id } });
      continue;
    }
    reasons.push({
      rule: "scholarship_student",
      passed: true,
      message: rate === school ? "scholarship_student.school" : "scholarship_student.higher_education",
      values: { memberId: child.member.id, education: education ?? null, scholarshipTenge: rate },
      source: rate.source,
    });
    members.push({ memberId: child.member.id, outcome: isLowIncome ? "eligible" : "not_eligible", amountTenge: isLowIncome ? rate.value : null });
    if (isLowIncome) {
      total += rate.value;
      eligibleChildren++;
    }
  }
  if (members.length === 0) {
    reasons.push({ rule: "scholarship_student", passed: false, message: "scholarship_student.none", values: {}, source: school.source });
  }
  if (!isLowIncome) hints = withHint(hints, shared.lowIncomeHint);

  const isEligible = eligibleChildren > 0;
  return {
    code: "SCHOLARSHIP",
    outcome: isEligible ? "eligible" : "not_eligible",
    amountTenge: isEligible ? total : null,
    period: isEligible ? "month" : null,
    members,
    terms: null,
    reasons,
    hints,
  };
}
