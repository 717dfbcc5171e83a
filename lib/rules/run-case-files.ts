// Runs the engine's case files against a parameter set, as the test suite does, so a
// draft is checked before anyone may publish it. Each case keeps its own date (asOf):
// a draft's values take effect tomorrow at the earliest, so a case can only be broken
// by a draft when it is dated on or after one of the draft's dates — cases written for
// rules already announced (next year's budget law) — or by the published values the
// draft is laid over. A case that fails is listed with what differed.
import { CASE_FILES, type CaseExpectation, type CaseFile } from "@/lib/eligibility/cases";
import { evaluateFamily } from "@/lib/eligibility/evaluate";
import type { ParameterDefinitions } from "@/lib/eligibility/parameters/definitions";
import { eligibilityRequestSchema } from "@/lib/eligibility/schema";

export interface CaseFailure {
  file: string;
  rule: string;
  name: string;
  /** Where the engine's answer differs, e.g. "facts.isLowIncome: expected true, got false". */
  problem: string;
}

export interface CaseRunResult {
  total: number;
  failures: CaseFailure[];
}

function describeValue(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}

/** The first place where `actual` does not contain `expected` (toMatchObject's rule), or null. */
export function findMismatch(actual: unknown, expected: unknown, path: string): string | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path}: expected ${describeValue(expected)}, got ${describeValue(actual)}`;
    for (let index = 0; index < expected.length; index++) {
      const found = findMismatch(actual[index], expected[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return `${path}: expected ${describeValue(expected)}, got ${describeValue(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const found = findMismatch((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: expected ${describeValue(expected)}, got ${describeValue(actual)}`;
}

function checkCase(parameters: ParameterDefinitions, request: unknown, expected: CaseExpectation): string | null {
  const parsed = eligibilityRequestSchema.safeParse(request);
  if (!parsed.success || !parsed.data.asOf) return "the case's request is not a valid, dated request";
  let response;
  try {
    response = evaluateFamily(parsed.data.family, parameters, parsed.data.asOf, "en");
  } catch (error) {
    return `the engine failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (expected.facts) {
    const found = findMismatch(response.facts, expected.facts, "facts");
    if (found) return found;
  }
  for (const [code, measure] of Object.entries(expected.measures ?? {})) {
    const actual = response.measures.find((candidate) => candidate.code === code);
    const found = findMismatch(actual, measure, code);
    if (found) return found;
  }
  return null;
}

export function runCaseFiles(
  parameters: ParameterDefinitions,
  files: readonly { file: string; content: CaseFile }[] = CASE_FILES,
): CaseRunResult {
  const failures: CaseFailure[] = [];
  let total = 0;
  for (const { file, content } of files) {
    for (const testCase of content.cases) {
      total += 1;
      const problem = checkCase(parameters, testCase.request, testCase.expect);
      if (problem) failures.push({ file, rule: content.rule, name: testCase.name, problem });
    }
  }
  return { total, failures };
}
