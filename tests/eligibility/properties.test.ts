// Properties that must hold for every family, checked on families fast-check invents.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFamily, evaluateFamilyTrace } from "@/lib/eligibility/evaluate";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { eligibilityResponseSchema } from "@/lib/eligibility/schema";
import type { Family, FamilyMember } from "@/lib/eligibility/types";

const RUNS = { numRuns: 300, seed: 20_260_301 } as const;

const isoDateBetween = (fromYear: number, toYear: number) =>
  fc
    .record({ year: fc.integer({ min: fromYear, max: toYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

const asOfArbitrary = isoDateBetween(2025, 2027);

const memberArbitrary = (index: number): fc.Arbitrary<FamilyMember> =>
  fc.record(
    {
      id: fc.constant(`member-${index}`),
      role: fc.constantFrom("parent", "child", "other"),
      birthDate: isoDateBetween(1950, 2024),
      monthlyIncomeTenge: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
      employed: fc.option(fc.boolean(), { nil: undefined }),
      education: fc.option(fc.constantFrom("none", "preschool", "school", "college", "university"), { nil: undefined }),
      fullTimeStudent: fc.option(fc.boolean(), { nil: undefined }),
      excellentStudent: fc.option(fc.boolean(), { nil: undefined }),
      disability: fc.option(fc.boolean(), { nil: undefined }),
      homeSchooled: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ["id", "role", "birthDate"] },
  ) as fc.Arbitrary<FamilyMember>;

const familyArbitrary: fc.Arbitrary<Family> = fc
  .integer({ min: 1, max: 9 })
  .chain((size) =>
    fc.record(
      {
        members: fc.tuple(...Array.from({ length: size }, (_, index) => memberArbitrary(index))),
        otherMonthlyIncomeTenge: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
        housing: fc.option(
          fc.record(
            {
              inHousingQueue: fc.boolean(),
              ownsHome: fc.boolean(),
              savingsTenge: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
              apartmentPriceTenge: fc.option(fc.integer({ min: 1_000_000, max: 25_000_000 }), { nil: undefined }),
            },
            { requiredKeys: ["inHousingQueue", "ownsHome"] },
          ),
          { nil: undefined },
        ),
        difficultLifeSituation: fc.option(fc.constantFrom("", "loss of breadwinner", "fire"), { nil: undefined }),
      },
      { requiredKeys: ["members"] },
    ),
  )
  .map((family) => ({ ...family, members: [...family.members] }) as Family);

/** Measures that require low income; a family that earns more can only lose them. */
const LOW_INCOME_MEASURES: readonly MeasureCode[] = [
  "PREFERENTIAL_MORTGAGE",
  "HOUSING_CERTIFICATE",
  "DOWN_PAYMENT_SUBSIDY",
  "FREE_KINDERGARTEN",
  "SCHOLARSHIP",
  "UTILITIES_COMPENSATION",
  "RETRAINING_COURSES",
  "SOCIAL_JOBS",
];

function outcomeOf(family: Family, asOf: string, code: MeasureCode) {
  const measure = evaluateFamilyTrace(family, DEFAULT_PARAMETERS, asOf).measures.find((candidate) => candidate.code === code);
  if (!measure) throw new Error(`missing ${code}`);
  return measure.outcome;
}

describe("engine properties", () => {
  it("is deterministic: the same family and date give the same response, and the input is not changed", () => {
    fc.assert(
      fc.property(familyArbitrary, asOfArbitrary, fc.constantFrom("kk", "ru", "en" as const), (family, asOf, locale) => {
        const before = structuredClone(family);
        const first = evaluateFamily(family, DEFAULT_PARAMETERS, asOf, locale);
        const second = evaluateFamily(structuredClone(family), DEFAULT_PARAMETERS, asOf, locale);
        expect(second).toEqual(first);
        expect(family).toEqual(before);
      }),
      RUNS,
    );
  });

  it("answers for every measure, once, in a response that matches the published schema", () => {
    fc.assert(
      fc.property(familyArbitrary, asOfArbitrary, (family, asOf) => {
        const response = evaluateFamily(family, DEFAULT_PARAMETERS, asOf, "en");
        expect(response.measures.map((measure) => measure.code)).toEqual([...MEASURE_CODES]);
        expect(() => eligibilityResponseSchema.parse(response)).not.toThrow();
      }),
      RUNS,
    );
  });

  it("never turns a low-income measure from not eligible into eligible when income rises", () => {
    fc.assert(
      fc.property(familyArbitrary, asOfArbitrary, fc.nat(), fc.integer({ min: 1, max: 300_000 }), (family, asOf, pick, raise) => {
        const index = pick % family.members.length;
        const richer: Family = {
          ...family,
          members: family.members.map((member, position) =>
            position === index ? { ...member, monthlyIncomeTenge: (member.monthlyIncomeTenge ?? 0) + raise } : member,
          ),
        };
        for (const code of LOW_INCOME_MEASURES) {
          if (outcomeOf(family, asOf, code) === "not_eligible") expect(outcomeOf(richer, asOf, code), code).toBe("not_eligible");
        }
      }),
      RUNS,
    );
  });

  it("never removes large-family status when a counted child is added", () => {
    fc.assert(
      fc.property(familyArbitrary, asOfArbitrary, fc.integer({ min: 0, max: 17 }), (family, asOf, age) => {
        const before = evaluateFamilyTrace(family, DEFAULT_PARAMETERS, asOf).facts;
        // Born on this day `age` years ago: exactly `age` full years old on asOf.
        const birthYear = Number(asOf.slice(0, 4)) - age;
        const newborn: FamilyMember = { id: "added-child", role: "child", birthDate: `${birthYear}${asOf.slice(4)}` };
        const after = evaluateFamilyTrace({ ...family, members: [...family.members, newborn] }, DEFAULT_PARAMETERS, asOf).facts;
        expect(after.countedChildren).toBe(before.countedChildren + 1);
        if (before.isLargeFamily) expect(after.isLargeFamily).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives amounts only as non-negative whole tenge", () => {
    const isWholeTenge = (value: number | null) => value === null || (Number.isSafeInteger(value) && value >= 0);
    fc.assert(
      fc.property(familyArbitrary, asOfArbitrary, (family, asOf) => {
        const trace = evaluateFamilyTrace(family, DEFAULT_PARAMETERS, asOf);
        expect(isWholeTenge(trace.facts.perCapitaIncomeTenge)).toBe(true);
        for (const measure of trace.measures) {
          expect(isWholeTenge(measure.amountTenge), measure.code).toBe(true);
          for (const member of measure.members) expect(isWholeTenge(member.amountTenge), measure.code).toBe(true);
          if (measure.terms?.kind === "mortgage") {
            const { apartmentPriceTenge, downPaymentTenge, loanTenge, monthlyPaymentTenge } = measure.terms;
            for (const value of [apartmentPriceTenge, downPaymentTenge, loanTenge, monthlyPaymentTenge]) expect(isWholeTenge(value)).toBe(true);
            if (apartmentPriceTenge !== null) expect((downPaymentTenge ?? 0) + (loanTenge ?? 0)).toBe(apartmentPriceTenge);
          }
          if (measure.amountTenge !== null) expect(measure.outcome).toBe("eligible");
        }
      }),
      RUNS,
    );
  });
});
