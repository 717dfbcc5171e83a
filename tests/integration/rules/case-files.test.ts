// The app's runner of the engine's case files: the shipped rules pass every case, and a
// parameter set that breaks a documented rule is caught, with what differs.
import { describe, expect, it } from "vitest";
import { CASE_FILES } from "@/lib/eligibility/cases";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { mergeParameterValues } from "@/lib/eligibility/parameters/merge";
import { findMismatch, runCaseFiles } from "@/lib/rules/run-case-files";

describe("runCaseFiles", () => {
  it("passes every case with the shipped parameters", () => {
    const result = runCaseFiles(DEFAULT_PARAMETERS);
    expect(result.total).toBe(CASE_FILES.reduce((sum, entry) => sum + entry.content.cases.length, 0));
    expect(result.failures).toEqual([]);
  });

  it("lists the cases a change breaks when it applies on their dates", () => {
    // A poverty line of 80 % from 2025 on contradicts the documented 70 % rule.
    const broken = mergeParameterValues(DEFAULT_PARAMETERS, [{ key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", effectiveFrom: "2025-01-01", value: 80 }]);
    const result = runCaseFiles(broken);
    expect(result.failures.length).toBeGreaterThan(0);
    expect(result.failures.map((failure) => failure.file)).toContain("02-low-income.json");
    expect(result.failures[0]?.problem).toMatch(/expected .*, got /);
  });

  it("leaves cases dated before a change untouched", () => {
    const later = mergeParameterValues(DEFAULT_PARAMETERS, [{ key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", effectiveFrom: "2030-01-01", value: 80 }]);
    expect(runCaseFiles(later).failures).toEqual([]);
  });

  it("matches like toMatchObject: a subset of keys, arrays element by element", () => {
    expect(findMismatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } }, "x")).toBeNull();
    expect(findMismatch({ a: 1 }, { a: 2 }, "x")).toBe("x.a: expected 2, got 1");
    expect(findMismatch({ list: [{ id: 1, v: 2 }] }, { list: [{ id: 1 }] }, "x")).toBeNull();
    expect(findMismatch({ list: [1, 2] }, { list: [1] }, "x")).toBe("x.list: expected [1], got [1,2]");
    expect(findMismatch({ a: null }, { a: { b: 1 } }, "x")).toBe('x.a: expected {"b":1}, got null');
  });
});
