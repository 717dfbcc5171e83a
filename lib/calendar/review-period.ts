// The statutory review period of a measure, in working days, from the rule parameters
// in force on the day of submission.
import type { ParameterKey } from "@/lib/eligibility/parameters/definitions";
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { Measure } from "@/prisma/generated/enums";

export function reviewPeriodKey(measure: Measure): ParameterKey {
  return `REVIEW_PERIOD_WORKING_DAYS_${measure}`;
}

export function reviewPeriodWorkingDays(parameters: ResolvedParameters, measure: Measure): number {
  return parameters.byKey[reviewPeriodKey(measure)].value;
}
