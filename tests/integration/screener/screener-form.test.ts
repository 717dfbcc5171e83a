// The anonymous screener: what a posted form becomes (rows kept, errors per field) and
// what the engine answers for it. (It only reads the published parameters; other test
// files write to the shared database at the same time, so "no writes" is not counted here.)
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { handleScreenerForm } from "@/lib/screener/handle-screener-form";
import { loadProgrammeAmounts } from "@/lib/screener/load-programme-amounts";

const TODAY = "2026-11-01";
const context = { today: TODAY, locale: "en" as const, labels: { memberId: (index: number) => `Person ${index + 1}`, difficultSituation: "declared" } };

type Row = Partial<Record<"role" | "birthDate" | "monthlyIncome" | "education", string>> & { flags?: string[] };

/** The form as the browser posts it: every text field of every row, ticked boxes only. */
function post(intent: string, rows: Row[], household: Record<string, string> = {}): FormData {
  const form = new FormData();
  rows.forEach((row, index) => {
    for (const field of ["role", "birthDate", "monthlyIncome", "education"] as const) form.set(`members.${index}.${field}`, row[field] ?? "");
    for (const flag of row.flags ?? []) form.set(`members.${index}.${flag}`, "on");
  });
  for (const field of ["otherMonthlyIncome", "savings", "apartmentPrice"]) form.set(field, household[field] ?? "");
  for (const [field, value] of Object.entries(household)) form.set(field, value);
  form.set("intent", intent);
  return form;
}

// One working parent on 150,000 tenge and four children: 30,000 per person, under the
// poverty line of 35,596 (70 % of 50,851). The eldest (7) is past kindergarten age; the
// second (5) is the first child the free place covers.
const LARGE_LOW_INCOME_FAMILY: Row[] = [
  { role: "parent", birthDate: "1988-03-01", monthlyIncome: "150 000", flags: ["employed"] },
  { role: "child", birthDate: "2019-05-01", education: "school" },
  { role: "child", birthDate: "2021-03-01", education: "preschool" },
  { role: "child", birthDate: "2023-06-01" },
  { role: "child", birthDate: "2025-08-01" },
];

describe("the screener form", () => {
  afterAll(() => db.$disconnect());

  it("gives a low-income family of four children free kindergarten from the second child", async () => {
    const outcome = await handleScreenerForm(post("check", LARGE_LOW_INCOME_FAMILY), context);

    expect(outcome.phase).toBe("result");
    expect(outcome.errors).toEqual([]);
    const result = outcome.result!;
    expect(result.asOf).toBe(TODAY);
    expect(result.facts).toMatchObject({ members: 5, countedChildren: 4, isLargeFamily: true, isLowIncome: true, perCapitaIncomeTenge: 30_000, povertyLineTenge: 35_596 });
    const kindergarten = result.measures.find((measure) => measure.code === "FREE_KINDERGARTEN")!;
    expect(kindergarten.outcome).toBe("eligible");
    expect(kindergarten.members.map((member) => [member.memberId, member.outcome])).toEqual([
      ["Person 2", "not_eligible"],
      ["Person 3", "eligible"],
      ["Person 4", "eligible"],
      ["Person 5", "eligible"],
    ]);
    // The reasons are the engine's, in the reader's language, naming the person.
    expect(kindergarten.reasons.some((reason) => reason.passed && reason.message.startsWith("Person 3, aged 5"))).toBe(true);
    const utilities = result.measures.find((measure) => measure.code === "UTILITIES_COMPENSATION")!;
    expect(utilities).toMatchObject({ outcome: "eligible", amountTenge: 5_000, period: "month" });
    // Not in the housing queue: the mortgage is a "no", with the hint that would change it.
    const mortgage = result.measures.find((measure) => measure.code === "PREFERENTIAL_MORTGAGE")!;
    expect(mortgage.outcome).toBe("not_eligible");
    expect(mortgage.hints.join(" ")).toMatch(/housing queue/);
  });

  it("passes housing, other income and a difficult situation to the engine", async () => {
    const outcome = await handleScreenerForm(
      post("check", LARGE_LOW_INCOME_FAMILY, { inHousingQueue: "on", savings: "100000", apartmentPrice: "14 000 000", difficultSituation: "on", otherMonthlyIncome: "0" }),
      context,
    );
    const byCode = new Map(outcome.result!.measures.map((measure) => [measure.code, measure]));
    expect(byCode.get("PREFERENTIAL_MORTGAGE")).toMatchObject({ outcome: "eligible", terms: { kind: "mortgage", apartmentPriceTenge: 14_000_000, downPaymentTenge: 1_400_000 } });
    expect(byCode.get("HOUSING_CERTIFICATE")).toMatchObject({ outcome: "eligible", amountTenge: 1_000_000 });
    expect(byCode.get("ONE_TIME_ASSISTANCE")).toMatchObject({ outcome: "review", terms: { kind: "assistance_cap", maxAmountMci: 50 } });
  });

  it("shows each problem at its field and keeps everything typed", async () => {
    const rows: Row[] = [
      { role: "parent", birthDate: "1988-03-01", monthlyIncome: "150 тысяч" },
      { role: "", birthDate: "" },
      { role: "child", birthDate: "2027-01-01" },
    ];
    const outcome = await handleScreenerForm(post("check", rows, { apartmentPrice: "-5" }), context);
    expect(outcome.phase).toBe("form");
    expect(outcome.result).toBeUndefined();
    expect(outcome.errors).toEqual([
      { field: "members.0.monthlyIncome", key: "incomeFormat", memberIndex: 0 },
      { field: "members.1.role", key: "roleRequired", memberIndex: 1 },
      { field: "members.1.birthDate", key: "birthDateRequired", memberIndex: 1 },
      { field: "members.2.birthDate", key: "birthDateFuture", memberIndex: 2 },
      { field: "apartmentPrice", key: "apartmentPriceFormat", memberIndex: null },
    ]);
    expect(outcome.values.members[0]).toMatchObject({ role: "parent", birthDate: "1988-03-01", monthlyIncome: "150 тысяч" });
    expect(outcome.values.household.apartmentPrice).toBe("-5");
  });

  it("starts with as many rows as people, adds and removes rows keeping the answers", async () => {
    const counted = await handleScreenerForm(post("count", [], { householdSize: "4" }), context);
    expect(counted.phase).toBe("form");
    expect(counted.values.members).toHaveLength(4);

    const refused = await handleScreenerForm(post("count", [], { householdSize: "0" }), context);
    expect(refused.errors).toEqual([{ field: "householdSize", key: "householdSizeRequired", memberIndex: null }]);

    const added = await handleScreenerForm(post("add", LARGE_LOW_INCOME_FAMILY.slice(0, 2), { savings: "5000" }), context);
    expect(added.values.members.map((member) => member.role)).toEqual(["parent", "child", ""]);
    expect(added.values.members[0]?.employed).toBe(true);
    expect(added.values.household.savings).toBe("5000");
    expect(added.errors).toEqual([]);

    const removed = await handleScreenerForm(post("remove:0", LARGE_LOW_INCOME_FAMILY.slice(0, 3)), context);
    expect(removed.values.members.map((member) => member.birthDate)).toEqual(["2019-05-01", "2021-03-01"]);

    const lastRow = await handleScreenerForm(post("remove:0", LARGE_LOW_INCOME_FAMILY.slice(0, 1)), context);
    expect(lastRow.values.members).toHaveLength(1);
  });

  it("refuses a field the form does not have", async () => {
    const form = post("check", LARGE_LOW_INCOME_FAMILY);
    form.set("members.0.iin", "890903499018");
    const outcome = await handleScreenerForm(form, context);
    expect(outcome).toMatchObject({ phase: "count", formErrorKey: "unexpectedField" });
    expect(outcome.result).toBeUndefined();
  });
});

describe("the landing page's amounts", () => {
  it("are the parameters in force on the day", async () => {
    const amounts = await loadProgrammeAmounts("2026-03-01");
    expect(amounts).toMatchObject({
      asOf: "2026-03-01",
      povertyLineTenge: 35_596,
      subsistenceMinimumTenge: 50_851,
      housingCertificateTenge: 1_000_000,
      scholarshipSchoolTenge: 5_000,
      scholarshipHigherEducationTenge: 10_000,
      mortgageTermYears: 18,
      oneTimeAssistanceCapTenge: 50 * 4_325,
    });
    expect((await loadProgrammeAmounts("2025-06-01")).oneTimeAssistanceCapTenge).toBe(50 * 3_932);
  });
});
