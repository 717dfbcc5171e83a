// The one runner for the case files in ./cases: each file states a rule of the program
// and lists cases that read like it. A case's request must pass the API's schema, and
// the engine's response must contain what the case expects (a partial match).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateFamily } from "@/lib/eligibility/evaluate";
import { MEASURE_CODES } from "@/lib/eligibility/measure-codes";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { eligibilityRequestSchema, eligibilityResponseSchema } from "@/lib/eligibility/schema";

interface CaseFile {
  rule: string;
  cases: {
    name: string;
    request: unknown;
    expect: { facts?: Record<string, unknown>; measures?: Record<string, Record<string, unknown>> };
  }[];
}

const CASES_DIR = join(__dirname, "cases");
const files = readdirSync(CASES_DIR).filter((name) => name.endsWith(".json")).sort();

describe("case files", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });
});

for (const file of files) {
  const caseFile = JSON.parse(readFileSync(join(CASES_DIR, file), "utf8")) as CaseFile;
  describe(`${file} — ${caseFile.rule}`, () => {
    for (const testCase of caseFile.cases) {
      it(testCase.name, () => {
        const request = eligibilityRequestSchema.parse(testCase.request);
        if (!request.asOf) throw new Error("A case must state its asOf");
        const response = evaluateFamily(request.family, DEFAULT_PARAMETERS, request.asOf, "en");

        expect(eligibilityResponseSchema.parse(response)).toEqual(response);
        expect(response.measures.map((measure) => measure.code)).toEqual([...MEASURE_CODES]);
        if (testCase.expect.facts) expect(response.facts).toMatchObject(testCase.expect.facts);
        for (const [code, expected] of Object.entries(testCase.expect.measures ?? {})) {
          expect(MEASURE_CODES as readonly string[]).toContain(code);
          const measure = response.measures.find((candidate) => candidate.code === code);
          expect(measure, code).toMatchObject(expected);
        }
      });
    }
  });
}
