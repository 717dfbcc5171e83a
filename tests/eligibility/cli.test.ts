// The CLI: `npm run -s eligibility -- request.json` (or `-` for standard input) prints
// the response JSON and nothing else; bad input goes to standard error with exit code 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateFamily } from "@/lib/eligibility/evaluate";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { eligibilityResponseSchema } from "@/lib/eligibility/schema";

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

const request = {
  asOf: "2026-03-01",
  locale: "ru",
  family: {
    members: [
      { id: "мама", role: "parent", birthDate: "1988-04-10", monthlyIncomeTenge: 60_000, employed: false },
      { id: "first", role: "child", birthDate: "2016-05-01", education: "school", excellentStudent: true },
      { id: "second", role: "child", birthDate: "2022-09-12" },
    ],
    housing: { inHousingQueue: true, ownsHome: false, apartmentPriceTenge: 15_000_000 },
  },
} as const;

function runCli(args: string[], input?: string) {
  return spawnSync(TSX, ["lib/eligibility/cli.ts", ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });
}

describe("eligibility CLI", () => {
  const folder = mkdtempSync(join(tmpdir(), "eligibility-cli-"));
  const requestFile = join(folder, "request.json");
  writeFileSync(requestFile, JSON.stringify(request));
  const expected = evaluateFamily(request.family as never, DEFAULT_PARAMETERS, request.asOf, "ru");

  it("prints exactly the API response for a request file", () => {
    const result = runCli([requestFile]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const printed: unknown = JSON.parse(result.stdout);
    expect(eligibilityResponseSchema.parse(printed)).toEqual(expected);
    const mortgage = expected.measures.find((measure) => measure.code === "PREFERENTIAL_MORTGAGE");
    expect(mortgage?.terms).toMatchObject({ downPaymentTenge: 1_500_000, monthlyPaymentTenge: 74_475 });
  });

  it("reads the request from standard input with `-`", () => {
    const result = runCli(["-"], JSON.stringify(request));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it("works through `npm run -s eligibility --` with nothing but JSON on standard output", () => {
    const result = spawnSync("npm", ["run", "-s", "eligibility", "--", requestFile], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it("refuses malformed JSON on standard error with exit code 1", () => {
    const result = runCli(["-"], "{ not json");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/Malformed JSON/);
  });

  it("names each bad field", () => {
    const bad = { ...request, family: { members: [{ ...request.family.members[0], birthDate: "2025-02-29", role: "aunt" }] } };
    const result = runCli(["-"], JSON.stringify(bad));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/family\.members\.0\.birthDate/);
    expect(result.stderr).toMatch(/family\.members\.0\.role/);
  });

  it("refuses a missing file and a missing argument", () => {
    expect(runCli([join(folder, "absent.json")]).status).toBe(1);
    const usage = runCli([]);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/Usage/);
  });
});
