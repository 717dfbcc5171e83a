// What a measure costs the city budget for one family, from the engine's own amounts.
// - A monthly measure (period "month": scholarship, utilities compensation, home-schooling
//   reimbursement) costs its amount each month; a year holds the months it is paid in:
//   scholarships and home-schooling reimbursement only in the academic months
//   (SCHOLARSHIP_FIRST_ACADEMIC_MONTH … SCHOLARSHIP_LAST_ACADEMIC_MONTH, 9 with the
//   defaults), utilities compensation for UTILITIES_COMPENSATION_MONTHS (at most 12).
// - A one-off measure (period "once": the housing certificate) counts once in the year
//   and not in the monthly figure.
// - A free kindergarten place costs the city what it pays the kindergarten for it
//   (KINDERGARTEN_PLACE_COST_TENGE per eligible child per month), all year.
// - Where the engine gives no amount and no parameter prices it — the mortgage (a loan),
//   the down-payment subsidy and one-time assistance (decided by a caseworker), employment
//   measures, counselling — no cost is estimated: the preview counts families only and
//   says so, rather than inventing a price.
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { MeasureTrace } from "@/lib/eligibility/types";

/** Measures whose cost the engine's amounts let us estimate. */
export const COSTED_MEASURES: ReadonlySet<MeasureCode> = new Set([
  "FREE_KINDERGARTEN",
  "HOUSING_CERTIFICATE",
  "SCHOLARSHIP",
  "UTILITIES_COMPENSATION",
  "HOME_SCHOOLING_REIMBURSEMENT",
]);

/** Months from `first` to `last` inclusive, wrapping over the new year (9 … 5 → 9). */
export function monthsInSpan(first: number, last: number): number {
  return last >= first ? last - first + 1 : 12 - first + 1 + last;
}

/** How many months of a year a monthly measure is paid, with the parameters in force. */
export function monthsPaidPerYear(measure: MeasureCode, parameters: ResolvedParameters): number {
  switch (measure) {
    case "SCHOLARSHIP":
    case "HOME_SCHOOLING_REIMBURSEMENT":
      return monthsInSpan(parameters.byKey.SCHOLARSHIP_FIRST_ACADEMIC_MONTH.value, parameters.byKey.SCHOLARSHIP_LAST_ACADEMIC_MONTH.value);
    case "UTILITIES_COMPENSATION":
      return Math.min(12, parameters.byKey.UTILITIES_COMPENSATION_MONTHS.value);
    default:
      return 12;
  }
}

export interface MeasureCost {
  monthly: number;
  yearly: number;
}

const NO_COST: MeasureCost = Object.freeze({ monthly: 0, yearly: 0 });

/** The cost of one family's verdict on one measure; zero unless the verdict is "eligible" with an amount. */
export function costOf(trace: MeasureTrace, parameters: ResolvedParameters): MeasureCost {
  if (trace.code === "FREE_KINDERGARTEN") {
    if (trace.outcome !== "eligible") return NO_COST;
    let children = 0;
    for (const member of trace.members) if (member.outcome === "eligible") children += 1;
    const monthly = children * parameters.byKey.KINDERGARTEN_PLACE_COST_TENGE.value;
    return { monthly, yearly: monthly * 12 };
  }
  if (trace.outcome !== "eligible" || trace.amountTenge === null) return NO_COST;
  if (trace.period === "month") return { monthly: trace.amountTenge, yearly: trace.amountTenge * monthsPaidPerYear(trace.code, parameters) };
  if (trace.period === "once") return { monthly: 0, yearly: trace.amountTenge };
  return NO_COST;
}
