// Request bodies for POST /api/v1/eligibility: near-valid families with odd values (wrong
// types, fractions, negative and huge numbers, unknown fields, impossible dates), random
// JSON, text that is not JSON, and bodies over the 64 KiB limit.
import fc from "fast-check";

const date = fc.oneof(
  fc.constantFrom("1990-05-14", "2012-09-01", "2022-02-10", "2026-03-01", "2026-02-30", "1900-01-01", "2999-12-31", "", "01.02.2003"),
  fc.string({ maxLength: 12 }),
);
const number = fc.oneof(fc.integer({ min: -1_000_000, max: 100_000_000_000 }), fc.double(), fc.constantFrom(0, -0, 1e309, Number.MAX_SAFE_INTEGER + 2), fc.string({ maxLength: 8 }));
const member = fc.record(
  {
    id: fc.oneof(fc.constantFrom("mother", "father", "child"), fc.string({ maxLength: 80 })),
    role: fc.oneof(fc.constantFrom("parent", "child", "grandparent", "other"), fc.string({ maxLength: 10 })),
    birthDate: date,
    monthlyIncomeTenge: number,
    education: fc.oneof(fc.constantFrom("school", "college", "university", "none", "preschool"), fc.string({ maxLength: 10 })),
    excellentStudent: fc.oneof(fc.boolean(), fc.constantFrom("yes", 1, null)),
    disability: fc.oneof(fc.boolean(), fc.constantFrom("true", 0)),
    unexpected: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: ["id", "role", "birthDate"] },
);
const family = fc.record(
  {
    members: fc.array(member, { maxLength: 25 }),
    housing: fc.record({ inHousingQueue: fc.oneof(fc.boolean(), fc.string()), ownsHome: fc.boolean(), savingsTenge: number, apartmentPriceTenge: number }, { requiredKeys: [] }),
    difficultLifeSituation: fc.oneof(fc.string({ maxLength: 100 }), fc.constant(null), fc.boolean()),
    otherMonthlyIncomeTenge: number,
    status: fc.constantFrom("APPROVED", "x"),
  },
  { requiredKeys: ["members"] },
);
const request = fc.record(
  { asOf: date, locale: fc.oneof(fc.constantFrom("kk", "ru", "en", "de", ""), fc.string({ maxLength: 5 })), family, amount: number },
  { requiredKeys: ["family"] },
);

export function eligibilityBodyArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: request.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "null", "{", '{"family": ', "\u0000", `{"family":{"members":[]},"pad":"${"x".repeat(70_000)}"}`, '{"family":{"members":[{"id":"a\\u0000","role":"parent","birthDate":"1990-01-01"}]}}') },
  );
}
