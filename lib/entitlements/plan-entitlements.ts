// What a final approval pays, as entitlements: pure, from the measure, the approved amount,
// the decision date in Almaty and the rule parameters in force on that date.
//
// - SCHOLARSHIP, HOME_SCHOOLING_REIMBURSEMENT: monthly in the academic months
//   (SCHOLARSHIP_FIRST_ACADEMIC_MONTH..SCHOLARSHIP_LAST_ACADEMIC_MONTH, September–May),
//   from the month after approval to the end of that academic year (the last day of May).
//   When the month after approval falls in the summer break (an approval in May–August),
//   payments start with the next academic year, in September, and run to its May.
// - UTILITIES_COMPENSATION: monthly from the month after approval, for UTILITIES_COMPENSATION_MONTHS.
// - HOUSING_CERTIFICATE, DOWN_PAYMENT_SUBSIDY: once, to the bank or developer.
// - ONE_TIME_ASSISTANCE: once, to the family's account.
// - Every other measure (kindergarten place, mortgage, courses, jobs, counselling): no money.
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { Measure, PaymentPeriod } from "@/prisma/generated/enums";

export interface PlannedEntitlement {
  measure: Measure;
  memberId: string | null;
  amountTenge: number;
  period: PaymentPeriod;
  /** `YYYY-MM-DD` */
  startsOn: string;
  /** `YYYY-MM-DD`, the last day paid for (a one-time payment: its own day). */
  endsOn: string;
  payee: string;
}

export interface EntitlementPlanInput {
  measure: Measure;
  memberId: string | null;
  amountTenge: number;
  /** The day of the final approval in Almaty, `YYYY-MM-DD`. */
  decidedOn: string;
  parameters: ResolvedParameters;
  /** The family's own account (monthly payments, one-time assistance). */
  familyPayee: string;
  /** The bank or developer receiving the down payment (certificate, subsidy). */
  housingPayee: string;
}

const ACADEMIC_MEASURES: ReadonlySet<Measure> = new Set(["SCHOLARSHIP", "HOME_SCHOOLING_REIMBURSEMENT"]);
const HOUSING_MEASURES: ReadonlySet<Measure> = new Set(["HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY"]);

/** Measures whose approval creates a money entitlement. */
export const MONEY_MEASURES: ReadonlySet<Measure> = new Set([...ACADEMIC_MEASURES, ...HOUSING_MEASURES, "UTILITIES_COMPENSATION", "ONE_TIME_ASSISTANCE"]);

interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

function nextMonth({ year, month }: YearMonth): YearMonth {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function firstDay({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

function lastDay({ year, month }: YearMonth): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whether `month` is paid in an academic year running from `first` to `last` (which may wrap past December). */
function isAcademicMonth(month: number, first: number, last: number): boolean {
  return first <= last ? month >= first && month <= last : month >= first || month <= last;
}

/** The academic months paid after an approval on `decidedOn`: [first, last] as year-months. */
export function academicPaymentMonths(decidedOn: string, first: number, last: number): { start: YearMonth; end: YearMonth } {
  const decided: YearMonth = { year: Number(decidedOn.slice(0, 4)), month: Number(decidedOn.slice(5, 7)) };
  let start = nextMonth(decided);
  // In the summer break: wait for the first month of the next academic year.
  while (!isAcademicMonth(start.month, first, last)) start = nextMonth(start);
  // The academic year ends in the first `last` month on or after the start.
  let end = start;
  while (end.month !== last) end = nextMonth(end);
  return { start, end };
}

export function planEntitlements(input: EntitlementPlanInput): PlannedEntitlement[] {
  const { measure, memberId, amountTenge, decidedOn, parameters } = input;
  if (!MONEY_MEASURES.has(measure)) return [];
  if (!Number.isInteger(amountTenge) || amountTenge <= 0) throw new RangeError(`amountTenge must be a positive integer, got ${amountTenge}`);
  const base = { measure, memberId, amountTenge };
  if (ACADEMIC_MEASURES.has(measure)) {
    const first = parameters.byKey.SCHOLARSHIP_FIRST_ACADEMIC_MONTH.value;
    const last = parameters.byKey.SCHOLARSHIP_LAST_ACADEMIC_MONTH.value;
    const { start, end } = academicPaymentMonths(decidedOn, first, last);
    return [{ ...base, period: "MONTH", startsOn: firstDay(start), endsOn: lastDay(end), payee: input.familyPayee }];
  }
  if (measure === "UTILITIES_COMPENSATION") {
    const months = parameters.byKey.UTILITIES_COMPENSATION_MONTHS.value;
    const start = nextMonth({ year: Number(decidedOn.slice(0, 4)), month: Number(decidedOn.slice(5, 7)) });
    return [{ ...base, period: "MONTH", startsOn: firstDay(start), endsOn: lastDay(addMonths(start, months - 1)), payee: input.familyPayee }];
  }
  const payee = HOUSING_MEASURES.has(measure) ? input.housingPayee : input.familyPayee;
  return [{ ...base, period: "ONCE", startsOn: decidedOn, endsOn: decidedOn, payee }];
}
