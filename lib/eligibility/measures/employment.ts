// RETRAINING_COURSES and SOCIAL_JOBS share one rule: per unemployed adult of working
// age in a low-income family. Employment must be declared: an unanswered question is
// not taken to mean "unemployed", it produces a hint to answer it.
import type { FamilyContext } from "../facts";
import type { MeasureCode } from "../measure-codes";
import type { HintTrace, MeasureTrace, MemberDecision, ReasonTrace } from "../types";
import type { SharedReasons } from "./shared-reasons";

function evaluateEmploymentMeasure(
  code: Extract<MeasureCode, "RETRAINING_COURSES" | "SOCIAL_JOBS">,
  context: FamilyContext,
  shared: SharedReasons,
): MeasureTrace {
  const { WORKING_AGE_MIN_YEARS: minAge, WORKING_AGE_UNDER_YEARS: underAge } = context.params.byKey;
  const isLowIncome = shared.lowIncome.passed;
  const reasons: ReasonTrace[] = [shared.lowIncome];
  const members: MemberDecision[] = [];
  const hints: HintTrace[] = [];

  for (const person of context.members) {
    if (person.age < minAge.value || person.age >= underAge.value) continue;
    const employed = person.member.employed;
    if (employed === undefined) {
      hints.push({ message: "hint.declare_employment", values: { memberId: person.member.id } });
      continue;
    }
    if (employed) continue;
    reasons.push({
      rule: "unemployed_working_age_adult",
      passed: true,
      message: "unemployed_working_age_adult.passed",
      values: { memberId: person.member.id, age: person.age, workingAgeMinYears: minAge, workingAgeUnderYears: underAge },
      source: underAge.source,
    });
    members.push({ memberId: person.member.id, outcome: isLowIncome ? "eligible" : "not_eligible", amountTenge: null });
  }
  if (members.length === 0) {
    reasons.push({
      rule: "unemployed_working_age_adult",
      passed: false,
      message: "unemployed_working_age_adult.none",
      values: { workingAgeMinYears: minAge, workingAgeUnderYears: underAge },
      source: underAge.source,
    });
  }
  if (!isLowIncome) hints.push(shared.lowIncomeHint);

  const isEligible = isLowIncome && members.length > 0;
  return {
    code,
    outcome: isEligible ? "eligible" : "not_eligible",
    // Courses are free and social jobs pay a wage; neither is an amount the program pays here.
    amountTenge: null,
    period: null,
    members,
    terms: null,
    reasons,
    hints: isEligible ? [] : hints,
  };
}

export function evaluateRetrainingCourses(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  return evaluateEmploymentMeasure("RETRAINING_COURSES", context, shared);
}

export function evaluateSocialJobs(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  return evaluateEmploymentMeasure("SOCIAL_JOBS", context, shared);
}
