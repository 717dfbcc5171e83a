// The one runner for the case files in lib/eligibility/cases: each file states a rule of
// the program and lists cases that read like it. A case's request must pass the API's
// schema, and the engine's response must contain what the case expects (a partial match).
// The same files run in the app before a rule version is published (lib/rules/run-case-files.ts).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_FILES } from "@/lib/eligibility/cases";
import { evaluateFamily } from "@/lib/eligibility/evaluate";
import { MEASURE_CODES } from "@/lib/eligibility/measure-codes";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { eligibilityRequestSchema, eligibilityResponseSchema } from "@/lib/eligibility/schema";

const CASES_DIR = join(__dirname, "../../lib/eligibility/cases");

describe("case files", () => {
  it("exist, and the app's list names every file of the folder", () => {
    const onDisk = readdirSync(CASES_DIR).filter((name) => name.endsWith(".json")).sort();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(CASE_FILES.map((entry) => entry.file)).toEqual(onDisk);
  });
});

for (const { file, content: caseFile } of CASE_FILES) {
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
