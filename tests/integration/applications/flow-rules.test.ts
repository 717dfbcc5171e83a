// The pure pieces of the flows: slugs, step schemas (strict, keys as messages), the
// review deadline in working days and the calculator against the engine's own terms.
import { describe, expect, it } from "vitest";
import { MEASURE_CODES } from "@/lib/eligibility/measure-codes";
import { measureFromSlug, slugForMeasure } from "@/lib/applications/flows/measure-slug";
import { estimateMortgage } from "@/lib/applications/flows/mortgage-estimate";
import { parseStep, stepFormRecord } from "@/lib/applications/flows/step-schemas";
import { computeMortgageTerms } from "@/lib/eligibility/measures/preferential-mortgage";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("apply flow rules", () => {
  it("every measure has a slug that leads back to it, and nothing else does", () => {
    for (const measure of MEASURE_CODES) expect(measureFromSlug(slugForMeasure(measure))).toBe(measure);
    expect(slugForMeasure("FREE_KINDERGARTEN")).toBe("free-kindergarten");
    expect(measureFromSlug("FREE_KINDERGARTEN")).toBeNull();
    expect(measureFromSlug("../admin")).toBeNull();
  });

  it("reads prices typed with spaces and refuses fields the step does not have", () => {
    expect(parseStep("price", stepFormRecord("price", form([["apartmentPriceTenge", "24 000 000"]])))).toEqual({ ok: true, data: { apartmentPriceTenge: 24_000_000 } });
    expect(parseStep("price", stepFormRecord("price", form([["apartmentPriceTenge", "24,5 млн"]])))).toEqual({ ok: false, fieldErrors: { apartmentPriceTenge: "priceInvalid" }, hasUnexpectedFields: false });
    const smuggled = parseStep("situation", stepFormRecord("situation", form([["situation", "Потеря кормильца в октябре"], ["status", "APPROVED"]])));
    expect(smuggled).toMatchObject({ ok: false, hasUnexpectedFields: true });
  });

  it("reads ticked children as a list, and none ticked as an error", () => {
    expect(parseStep("children", stepFormRecord("children", form([["memberIds", "a"], ["memberIds", "b"]])))).toEqual({ ok: true, data: { memberIds: ["a", "b"] } });
    expect(parseStep("children", stepFormRecord("children", form([])))).toEqual({ ok: false, fieldErrors: { memberIds: "chooseChild" }, hasUnexpectedFields: false });
  });

  it("keeps a one-time-assistance description within 2,000 characters", () => {
    expect(parseStep("situation", { situation: "а".repeat(2_000) }).ok).toBe(true);
    expect(parseStep("situation", { situation: "а".repeat(2_001) })).toEqual({ ok: false, fieldErrors: { situation: "situationTooLong" }, hasUnexpectedFields: false });
  });

  it("the calculator gives the engine's figures", () => {
    const params = resolveParameterSet(DEFAULT_PARAMETERS, "2026-11-26");
    const terms = computeMortgageTerms(25_000_000, params);
    const estimate = estimateMortgage(25_000_000, { downPaymentPercent: terms.downPaymentPercent, annualRatePercent: terms.annualRatePercent, months: terms.months });
    expect(estimate.downPaymentTenge).toBe(terms.downPaymentTenge);
    expect(estimate.loanTenge).toBe(terms.loanTenge);
    expect(estimate.monthlyPaymentTenge).toBe(terms.monthlyPaymentTenge);
    expect(estimate.totalPaidTenge).toBe(terms.downPaymentTenge! + terms.monthlyPaymentTenge! * terms.months);
  });
});
