// The engine's case files: each states a rule of the program and lists cases that read
// like it. They are data, imported here so the app can run them at run time (before a
// rule version is published) as well as the test suite (tests/eligibility/cases.test.ts,
// which also checks that this list names every file of the folder).
import { z } from "zod";
import familyFacts from "./01-family-facts.json";
import lowIncome from "./02-low-income.json";
import housing from "./03-housing.json";
import kindergarten from "./04-kindergarten.json";
import scholarship from "./05-scholarship.json";
import otherMeasures from "./06-other-measures.json";

const expectationSchema = z.strictObject({
  facts: z.record(z.string(), z.unknown()).optional(),
  measures: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

// The files are checked when loaded: a malformed case is a programming error, found at once.
const caseFileSchema = z.strictObject({
  rule: z.string(),
  cases: z.array(z.strictObject({ name: z.string(), request: z.unknown(), expect: expectationSchema })),
});

export type CaseExpectation = z.infer<typeof expectationSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;

export const CASE_FILES: readonly { file: string; content: CaseFile }[] = [
  { file: "01-family-facts.json", content: caseFileSchema.parse(familyFacts) },
  { file: "02-low-income.json", content: caseFileSchema.parse(lowIncome) },
  { file: "03-housing.json", content: caseFileSchema.parse(housing) },
  { file: "04-kindergarten.json", content: caseFileSchema.parse(kindergarten) },
  { file: "05-scholarship.json", content: caseFileSchema.parse(scholarship) },
  { file: "06-other-measures.json", content: caseFileSchema.parse(otherMeasures) },
];
