// Parameters are data with effective dates: a value applies from its date until a later
// one; publishing adds a value and never erases one; dates are pure calendar arithmetic.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ageOn, birthdayAtAge, dateInAlmaty, isIsoDate } from "@/lib/eligibility/dates";
import { computeAnnuityPayment, computeDownPayment } from "@/lib/eligibility/annuity";
import { DEFAULT_PARAMETERS, PARAMETER_KEYS } from "@/lib/eligibility/parameters/definitions";
import { InvalidParameterValueError, mergeParameterValues } from "@/lib/eligibility/parameters/merge";
import { findFirstCoveredDate, ParameterNotInForceError, resolveParameter, resolveParameterSet } from "@/lib/eligibility/parameters/resolve";

describe("parameter definitions", () => {
  it("give every parameter a unit, a source and dated values in date order", () => {
    for (const key of PARAMETER_KEYS) {
      const definition = DEFAULT_PARAMETERS[key];
      expect(definition.key).toBe(key);
      expect(definition.source.title.length).toBeGreaterThan(10);
      expect(definition.values.length).toBeGreaterThan(0);
      const dates = definition.values.map((value) => value.effectiveFrom);
      expect(dates.every(isIsoDate)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it("mark the amounts the articles do not state as placeholders an administrator must replace", () => {
    for (const key of ["UTILITIES_COMPENSATION_TENGE", "HOME_SCHOOLING_REIMBURSEMENT_TENGE", "ONE_TIME_ASSISTANCE_CAP_MCI"] as const) {
      expect(DEFAULT_PARAMETERS[key].source.isPlaceholder).toBe(true);
      expect(DEFAULT_PARAMETERS[key].source.title).toMatch(/^PLACEHOLDER/);
    }
    expect(DEFAULT_PARAMETERS.HOUSING_CERTIFICATE_TENGE.source.isPlaceholder).toBe(false);
  });
});

describe("the value in force on a date", () => {
  it("is the subsistence minimum 46,228 through 31 December 2025 and 50,851 from 1 January 2026", () => {
    expect(resolveParameter(DEFAULT_PARAMETERS.SUBSISTENCE_MINIMUM_TENGE, "2025-12-31")).toMatchObject({ value: 46_228, effectiveFrom: "2025-01-01" });
    expect(resolveParameter(DEFAULT_PARAMETERS.SUBSISTENCE_MINIMUM_TENGE, "2026-01-01")).toMatchObject({ value: 50_851, effectiveFrom: "2026-01-01" });
    expect(resolveParameter(DEFAULT_PARAMETERS.MCI_TENGE, "2025-06-30").value).toBe(3_932);
    expect(resolveParameter(DEFAULT_PARAMETERS.MCI_TENGE, "2026-06-30").value).toBe(4_325);
  });

  it("gives the poverty line round(70 % × subsistence minimum): 32,360 in 2025, 35,596 in 2026", () => {
    expect(resolveParameterSet(DEFAULT_PARAMETERS, "2025-05-01").povertyLine).toMatchObject({ value: 32_360, effectiveFrom: "2025-01-01" });
    expect(resolveParameterSet(DEFAULT_PARAMETERS, "2026-05-01").povertyLine).toMatchObject({ value: 35_596, effectiveFrom: "2026-01-01" });
  });

  it("does not exist before the first effective date", () => {
    expect(findFirstCoveredDate(DEFAULT_PARAMETERS)).toBe("2025-01-01");
    expect(() => resolveParameterSet(DEFAULT_PARAMETERS, "2024-12-31")).toThrow(ParameterNotInForceError);
  });

  it("is described by a rulesVersion that changes with the values in force, not with the day", () => {
    const january = resolveParameterSet(DEFAULT_PARAMETERS, "2026-01-01").rulesVersion;
    expect(resolveParameterSet(DEFAULT_PARAMETERS, "2026-09-30").rulesVersion).toBe(january);
    expect(resolveParameterSet(DEFAULT_PARAMETERS, "2025-12-31").rulesVersion).not.toBe(january);
    expect(january).toMatch(/^engine-\d+\+params-[0-9a-f]{8}$/);
  });
});

describe("publishing values from the database", () => {
  it("adds a dated value without touching the earlier ones", () => {
    const merged = mergeParameterValues(DEFAULT_PARAMETERS, [
      { key: "SUBSISTENCE_MINIMUM_TENGE", effectiveFrom: "2027-01-01", value: 55_000, source: "Budget law 2027" },
    ]);
    expect(merged.SUBSISTENCE_MINIMUM_TENGE.values.map((value) => value.value)).toEqual([46_228, 50_851, 55_000]);
    expect(DEFAULT_PARAMETERS.SUBSISTENCE_MINIMUM_TENGE.values).toHaveLength(2);
    expect(resolveParameterSet(merged, "2026-12-31").povertyLine.value).toBe(35_596);
    expect(resolveParameterSet(merged, "2027-01-01").povertyLine).toMatchObject({ value: 38_500, effectiveFrom: "2027-01-01" });
    expect(resolveParameter(merged.SUBSISTENCE_MINIMUM_TENGE, "2027-01-01").source).toContain("Budget law 2027");
  });

  it("lets a value published for an existing date take over while keeping the old one in the history", () => {
    const merged = mergeParameterValues(DEFAULT_PARAMETERS, [{ key: "UTILITIES_COMPENSATION_TENGE", effectiveFrom: "2025-01-01", value: 7_500 }]);
    expect(merged.UTILITIES_COMPENSATION_TENGE.values.map((value) => value.value)).toEqual([5_000, 7_500]);
    expect(resolveParameter(merged.UTILITIES_COMPENSATION_TENGE, "2025-06-01").value).toBe(7_500);
  });

  it("skips keys this version of the rules does not know and refuses malformed values", () => {
    expect(mergeParameterValues(DEFAULT_PARAMETERS, [{ key: "RETIRED_PARAMETER", effectiveFrom: "2025-01-01", value: 1 }])).toBe(DEFAULT_PARAMETERS);
    expect(() => mergeParameterValues(DEFAULT_PARAMETERS, [{ key: "MCI_TENGE", effectiveFrom: "2025-13-01", value: 1 }])).toThrow(InvalidParameterValueError);
    expect(() => mergeParameterValues(DEFAULT_PARAMETERS, [{ key: "MCI_TENGE", effectiveFrom: "2025-02-01", value: -1 }])).toThrow(InvalidParameterValueError);
  });
});

describe("calendar arithmetic", () => {
  it("accepts only real dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-04-31")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
  });

  it("counts full years, a birthday counting on its day", () => {
    expect(ageOn("2008-03-01", "2026-02-28")).toBe(17);
    expect(ageOn("2008-03-01", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-27")).toBe(17);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-28")).toBe(19);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
    expect(birthdayAtAge("2024-02-29", 1)).toBe("2025-02-28");
  });

  it("takes today's date in Almaty (UTC+5) from an instant it is given", () => {
    expect(dateInAlmaty(new Date("2025-12-31T18:59:59Z"))).toBe("2025-12-31");
    expect(dateInAlmaty(new Date("2025-12-31T19:00:00Z"))).toBe("2026-01-01");
  });
});

describe("mortgage arithmetic", () => {
  it("repays 13,500,000 at 2 % over 216 months with 74,475 a month", () => {
    expect(computeDownPayment(15_000_000, 10)).toBe(1_500_000);
    expect(computeAnnuityPayment(13_500_000, 2, 216)).toBe(74_475);
    expect(computeAnnuityPayment(2_160_000, 0, 216)).toBe(10_000);
  });
});

describe("the engine's purity", () => {
  // cli.ts and http/ are the engine's edges (they do I/O); the peer is benchmark-only.
  const EDGES = new Set(["cli.ts", "json-rules-engine-peer.ts"]);
  const root = join(__dirname, "../../lib/eligibility");
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) files.push(path);
    }
  };
  walk(root);

  it("reads no clock and imports no framework, database or file system", () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const name = relative(root, file);
      if (EDGES.has(name)) continue;
      const source = readFileSync(file, "utf8");
      expect(source, name).not.toMatch(/Date\.now\(|new Date\(\s*\)|performance\.now|Math\.random/);
      expect(source, name).not.toMatch(/from "(next|next\/[^"]*|@prisma\/[^"]*|node:fs|fs|pg)"/);
      expect(source, name).not.toMatch(/process\.(env|argv|stdout|exit)/);
    }
  });
});
