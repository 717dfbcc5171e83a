// PREFERENTIAL_MORTGAGE: (large or incomplete family) and in the housing queue and owns
// no home and low income and (no price given, or price ≤ cap). Terms for a given price.
import { computeAnnuityPayment, computeDownPayment } from "../annuity";
import type { FamilyContext } from "../facts";
import type { ResolvedParameters } from "../parameters/resolve";
import type { HintTrace, MeasureTrace, MortgageTerms, ReasonTrace } from "../types";
import * as outcomeHelpers from "./outcome";
import type { SharedReasons } from "./shared-reasons";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { NO_MEMBERS, outcomeWhenAllPass } = outcomeHelpers;

export function computeMortgageTerms(priceTenge: number | undefined, params: ResolvedParameters): MortgageTerms {
  const { MORTGAGE_DOWN_PAYMENT_PERCENT, MORTGAGE_ANNUAL_RATE_PERCENT, MORTGAGE_TERM_MONTHS } = params.byKey;
  const base = {
    kind: "mortgage" as const,
    downPaymentPercent: MORTGAGE_DOWN_PAYMENT_PERCENT.value,
    annualRatePercent: MORTGAGE_ANNUAL_RATE_PERCENT.value,
    months: MORTGAGE_TERM_MONTHS.value,
  };
  if (priceTenge === undefined) {
    return { ...base, apartmentPriceTenge: null, downPaymentTenge: null, loanTenge: null, monthlyPaymentTenge: null };
  }
  const downPaymentTenge = computeDownPayment(priceTenge, base.downPaymentPercent);
  const loanTenge = priceTenge - downPaymentTenge;
  return {
    ...base,
    apartmentPriceTenge: priceTenge,
    downPaymentTenge,
    loanTenge,
    monthlyPaymentTenge: computeAnnuityPayment(loanTenge, base.annualRatePercent, base.months),
  };
}

export function evaluatePreferentialMortgage(context: FamilyContext, shared: SharedReasons): MeasureTrace {
  const { byKey } = context.params;
  const cap = byKey.MORTGAGE_PRICE_CAP_TENGE;
  const price = context.family.housing?.apartmentPriceTenge;
  const isPriceWithinCap = price === undefined || price <= cap.value;

  const priceReason: ReasonTrace = {
    rule: "apartment_price_within_cap",
    passed: isPriceWithinCap,
    message:
      price === undefined
        ? "apartment_price_within_cap.not_given"
        : isPriceWithinCap
          ? "apartment_price_within_cap.passed"
          : "apartment_price_within_cap.failed",
    values: { apartmentPriceTenge: price ?? null, priceCapTenge: cap },
    source: cap.source,
  };
  const reasons: ReasonTrace[] = [shared.largeOrIncomplete, shared.inHousingQueue, shared.ownsNoHome, shared.lowIncome, priceReason];
  const outcome = outcomeWhenAllPass(reasons);

  let terms: MortgageTerms | null = null;
  const hints: HintTrace[] = [];
  if (outcome === "eligible") {
    terms = computeMortgageTerms(price, context.params);
    if (terms.apartmentPriceTenge !== null) {
      reasons.push({
        rule: "mortgage_terms",
        passed: true,
        message: "mortgage_terms.computed",
        values: {
          apartmentPriceTenge: terms.apartmentPriceTenge,
          downPaymentPercent: byKey.MORTGAGE_DOWN_PAYMENT_PERCENT,
          downPaymentTenge: terms.downPaymentTenge,
          loanTenge: terms.loanTenge,
          annualRatePercent: byKey.MORTGAGE_ANNUAL_RATE_PERCENT,
          months: byKey.MORTGAGE_TERM_MONTHS,
          monthlyPaymentTenge: terms.monthlyPaymentTenge,
        },
        source: byKey.MORTGAGE_ANNUAL_RATE_PERCENT.source,
      });
    }
  } else {
    if (!shared.largeOrIncomplete.passed) hints.push(shared.largeFamilyHint);
    if (!shared.inHousingQueue.passed) hints.push(shared.housingQueueHint);
    if (!shared.lowIncome.passed) hints.push(shared.lowIncomeHint);
    if (!isPriceWithinCap) hints.push({ message: "hint.apartment_price_cap", values: { priceCapTenge: cap } });
  }

  return {
    code: "PREFERENTIAL_MORTGAGE",
    outcome,
    // A loan, not a payment to the family: the figures are in `terms`.
    amountTenge: null,
    period: null,
    members: NO_MEMBERS,
    terms,
    reasons,
    hints,
  };
}
