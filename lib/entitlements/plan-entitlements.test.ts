import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMETERS, type ParameterDefinitions } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import type { Measure } from "@/prisma/generated/enums";
import { academicPaymentMonths, MONEY_MEASURES, planEntitlements } from "./plan-entitlements";

const FAMILY = "KZ000000000000000001";
const BANK = "АО «Отбасы банк» — на первоначальный взнос";

function plan(measure: Measure, decidedOn: string, parameters: ParameterDefinitions = DEFAULT_PARAMETERS) {
  return planEntitlements({
    measure, memberId: measure === "SCHOLARSHIP" ? "member-1" : null, amountTenge: 10_000, decidedOn,
    parameters: resolveParameterSet(parameters, decidedOn), familyPayee: FAMILY, housingPayee: BANK,
  });
}

describe("planEntitlements", () => {
  it("a scholarship approved in November pays December to May", () => {
    expect(plan("SCHOLARSHIP", "2026-11-26")).toEqual([
      { measure: "SCHOLARSHIP", memberId: "member-1", amountTenge: 10_000, period: "MONTH", startsOn: "2026-12-01", endsOn: "2027-05-31", payee: FAMILY },
    ]);
  });

  it("a scholarship approved in December pays January to May of the same academic year", () => {
    expect(plan("SCHOLARSHIP", "2026-12-31")[0]).toMatchObject({ startsOn: "2027-01-01", endsOn: "2027-05-31" });
  });

  it("a scholarship approved in April pays May only", () => {
    expect(plan("SCHOLARSHIP", "2027-04-10")[0]).toMatchObject({ startsOn: "2027-05-01", endsOn: "2027-05-31" });
  });

  it.each(["2027-05-15", "2027-06-01", "2027-07-20", "2027-08-31"])("approved on %s (next month in the summer break), payments start in September", (decidedOn) => {
    expect(plan("HOME_SCHOOLING_REIMBURSEMENT", decidedOn)[0]).toMatchObject({ period: "MONTH", startsOn: "2027-09-01", endsOn: "2028-05-31", payee: FAMILY });
  });

  it("reads the academic months from the parameters in force on the decision date", () => {
    const shorter: ParameterDefinitions = {
      ...DEFAULT_PARAMETERS,
      SCHOLARSHIP_LAST_ACADEMIC_MONTH: {
        ...DEFAULT_PARAMETERS.SCHOLARSHIP_LAST_ACADEMIC_MONTH,
        values: [...DEFAULT_PARAMETERS.SCHOLARSHIP_LAST_ACADEMIC_MONTH.values, { effectiveFrom: "2027-01-01", value: 6 }],
      },
    };
    expect(plan("SCHOLARSHIP", "2026-11-26", shorter)[0]).toMatchObject({ endsOn: "2027-05-31" });
    expect(plan("SCHOLARSHIP", "2027-01-05", shorter)[0]).toMatchObject({ startsOn: "2027-02-01", endsOn: "2027-06-30" });
  });

  it("utilities compensation pays the configured number of months from the next month", () => {
    expect(plan("UTILITIES_COMPENSATION", "2026-11-26")[0]).toMatchObject({ period: "MONTH", startsOn: "2026-12-01", endsOn: "2027-11-30", payee: FAMILY });
    expect(plan("UTILITIES_COMPENSATION", "2026-12-03")[0]).toMatchObject({ startsOn: "2027-01-01", endsOn: "2027-12-31" });
  });

  it("the housing certificate and the down-payment subsidy are paid once to the bank or developer", () => {
    for (const measure of ["HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY"] as const) {
      expect(plan(measure, "2026-11-26")).toEqual([{ measure, memberId: null, amountTenge: 10_000, period: "ONCE", startsOn: "2026-11-26", endsOn: "2026-11-26", payee: BANK }]);
    }
  });

  it("one-time assistance is paid once to the family's account", () => {
    expect(plan("ONE_TIME_ASSISTANCE", "2026-11-26")).toEqual([
      { measure: "ONE_TIME_ASSISTANCE", memberId: null, amountTenge: 10_000, period: "ONCE", startsOn: "2026-11-26", endsOn: "2026-11-26", payee: FAMILY },
    ]);
  });

  it.each(["FREE_KINDERGARTEN", "PREFERENTIAL_MORTGAGE", "RETRAINING_COURSES", "SOCIAL_JOBS", "MOTHERS_CENTER"] as const)("%s creates no money entitlement", (measure) => {
    expect(MONEY_MEASURES.has(measure)).toBe(false);
    expect(plan(measure, "2026-11-26")).toEqual([]);
  });

  it("refuses an amount that is not a positive whole number of tenge", () => {
    const parameters = resolveParameterSet(DEFAULT_PARAMETERS, "2026-11-26");
    for (const amountTenge of [0, -5, 10.5]) {
      expect(() => planEntitlements({ measure: "ONE_TIME_ASSISTANCE", memberId: null, amountTenge, decidedOn: "2026-11-26", parameters, familyPayee: FAMILY, housingPayee: BANK })).toThrow(RangeError);
    }
  });
});

describe("academicPaymentMonths", () => {
  it("handles an academic year that does not wrap past December", () => {
    expect(academicPaymentMonths("2026-02-10", 2, 11)).toEqual({ start: { year: 2026, month: 3 }, end: { year: 2026, month: 11 } });
    expect(academicPaymentMonths("2026-11-10", 2, 11)).toEqual({ start: { year: 2027, month: 2 }, end: { year: 2027, month: 11 } });
  });
});
