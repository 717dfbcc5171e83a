// Published rule versions overlay the shipped defaults from their effective date on;
// drafts change nothing.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";

describe("loadParameterSet", () => {
  afterAll(() => db.$disconnect());

  it("uses a published value from its effective date and ignores drafts", async () => {
    const before = resolveParameterSet(await loadParameterSet(), "2027-02-01");
    expect(before.byKey.SUBSISTENCE_MINIMUM_TENGE.value).toBe(50_851);

    await db.ruleSetVersion.create({
      data: {
        title: "Draft raise",
        reason: "not yet approved",
        status: "DRAFT",
        values: { create: { key: "SUBSISTENCE_MINIMUM_TENGE", effectiveFrom: new Date("2027-01-01"), value: 60_000 } },
      },
    });
    expect(resolveParameterSet(await loadParameterSet(), "2027-02-01").byKey.SUBSISTENCE_MINIMUM_TENGE.value).toBe(50_851);

    await db.ruleSetVersion.create({
      data: {
        title: "Subsistence minimum 2027",
        reason: "Republican budget law for 2027",
        status: "PUBLISHED",
        publishedAt: new Date("2026-12-15T10:00:00Z"),
        values: { create: { key: "SUBSISTENCE_MINIMUM_TENGE", effectiveFrom: new Date("2027-01-01"), value: 53_000, source: "Budget law 2027" } },
      },
    });
    const parameters = await loadParameterSet();
    expect(resolveParameterSet(parameters, "2026-12-31").byKey.SUBSISTENCE_MINIMUM_TENGE.value).toBe(50_851);
    const in2027 = resolveParameterSet(parameters, "2027-01-01");
    expect(in2027.byKey.SUBSISTENCE_MINIMUM_TENGE).toMatchObject({ value: 53_000, effectiveFrom: "2027-01-01" });
    // The poverty line follows: round(70 % × 53,000) = 37,100.
    expect(in2027.povertyLine.value).toBe(37_100);
  });
});
