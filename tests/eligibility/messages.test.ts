// Every reason and hint the engine can emit reads in Kazakh, Russian and English, and
// names the parameter values with their effective dates.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateFamilyTrace } from "@/lib/eligibility/evaluate";
import { en, type MessageKey } from "@/lib/eligibility/messages/en";
import { kk } from "@/lib/eligibility/messages/kk";
import { ru } from "@/lib/eligibility/messages/ru";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { renderMessage } from "@/lib/eligibility/render";
import { eligibilityRequestSchema } from "@/lib/eligibility/schema";
import type { Locale, TraceValues } from "@/lib/eligibility/types";

const CASES_DIR = join(__dirname, "../../lib/eligibility/cases");

/** Every (message, values) pair the case families produce. */
function collectEmittedMessages(): { key: MessageKey; values: TraceValues }[] {
  const emitted: { key: MessageKey; values: TraceValues }[] = [];
  for (const file of readdirSync(CASES_DIR).filter((name) => name.endsWith(".json"))) {
    const { cases } = JSON.parse(readFileSync(join(CASES_DIR, file), "utf8")) as { cases: { request: unknown }[] };
    for (const testCase of cases) {
      const request = eligibilityRequestSchema.parse(testCase.request);
      const trace = evaluateFamilyTrace(request.family, DEFAULT_PARAMETERS, request.asOf ?? "2026-03-01");
      for (const measure of trace.measures) {
        for (const reason of measure.reasons) emitted.push({ key: reason.message, values: reason.values });
        for (const hint of measure.hints) emitted.push({ key: hint.message, values: hint.values });
      }
    }
  }
  return emitted;
}

const emitted = collectEmittedMessages();
const KEYS = Object.keys(en) as MessageKey[];
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const CYRILLIC = /[а-яё]/i;
const LATIN_WORD = /[a-z]{2,}/i;

/** The text without the member ids and brand names that stay as written in every language. */
function withoutNames(text: string, values: TraceValues): string {
  let result = text.replaceAll("eGov", "");
  for (const value of Object.values(values)) if (typeof value === "string") result = result.replaceAll(value, "");
  return result;
}

describe("message catalogues", () => {
  it("Russian and Kazakh have exactly the English keys", () => {
    expect(Object.keys(ru).sort()).toEqual([...KEYS].sort());
    expect(Object.keys(kk).sort()).toEqual([...KEYS].sort());
  });

  it("every key is emitted by at least one case family (no dead or untested message)", () => {
    const seen = new Set(emitted.map((message) => message.key));
    expect(KEYS.filter((key) => !seen.has(key))).toEqual([]);
  });
});

describe.each(["kk", "ru", "en"] as const)("every emitted reason and hint in %s", (locale: Locale) => {
  it("renders with every value it names, in the right script", () => {
    for (const { key, values } of emitted) {
      const text = renderMessage(key, values, locale);
      expect(text.length, key).toBeGreaterThan(10);
      expect(text, key).not.toMatch(/undefined|NaN|null|\[object/);
      const words = withoutNames(text, values);
      if (locale === "en") expect(words, key).not.toMatch(CYRILLIC);
      if (locale === "ru") {
        expect(words, key).toMatch(CYRILLIC);
        expect(words, key).not.toMatch(LATIN_WORD);
        expect(words, key).not.toMatch(KAZAKH_LETTERS);
      }
      if (locale === "kk") {
        expect(words, key).toMatch(KAZAKH_LETTERS);
        expect(words, key).not.toMatch(LATIN_WORD);
      }
    }
  });

  it("differs from the other languages (a real translation, not a copy)", () => {
    for (const { key, values } of emitted) {
      const others = (["kk", "ru", "en"] as const).filter((other) => other !== locale);
      for (const other of others) expect(renderMessage(key, values, locale), key).not.toBe(renderMessage(key, values, other));
    }
  });

  it("states the effective date of every parameter value it uses", () => {
    const years = /2025|2026/;
    for (const { key, values } of emitted) {
      const usesParameter = Object.values(values).some((value) => typeof value === "object" && value !== null);
      const text = renderMessage(key, values, locale);
      if (usesParameter && /\d/.test(text) && !key.startsWith("large_family_priority")) expect(text, key).toMatch(years);
    }
  });
});

describe("message details", () => {
  const lowIncome = emitted.find((message) => message.key === "low_income.passed");

  it("writes money with the locale's separators and currency word", () => {
    if (!lowIncome) throw new Error("no low_income.passed emitted");
    expect(renderMessage("low_income.passed", lowIncome.values, "en")).toMatch(/\d{1,3}(,\d{3})* tenge/);
    expect(renderMessage("low_income.passed", lowIncome.values, "ru")).toMatch(/тенге/);
    expect(renderMessage("low_income.passed", lowIncome.values, "kk")).toMatch(/теңге/);
  });

  it("uses Russian plural forms for children", () => {
    const values = { countedChildren: 5, minorChildren: 1, ...pickParameters() };
    expect(renderMessage("large_or_incomplete_family.incomplete", values, "ru")).toContain("1 ребёнок");
    expect(renderMessage("large_or_incomplete_family.incomplete", { ...values, minorChildren: 3 }, "ru")).toContain("3 ребёнка");
    expect(renderMessage("large_or_incomplete_family.incomplete", { ...values, minorChildren: 5 }, "ru")).toContain("5 детей");
  });

  it("writes Kazakh dates with the ablative month after «бастап»", () => {
    if (!lowIncome) throw new Error("no low_income.passed emitted");
    expect(renderMessage("low_income.passed", lowIncome.values, "kk")).toMatch(/жылғы 1 қаңтардан бастап/);
  });
});

function pickParameters(): TraceValues {
  const withChildren = emitted.find((message) => message.key === "large_family.passed" || message.key === "large_family.failed");
  if (!withChildren) throw new Error("no large_family reason emitted");
  return withChildren.values;
}
