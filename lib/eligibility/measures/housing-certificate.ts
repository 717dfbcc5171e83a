// HOUSING_CERTIFICATE: mortgage-eligible, a price given, and savings below the down
// payment → min(certificate, down payment), once.
import type { FamilyContext } from "../facts";
import type { HintTrace, MeasureTrace, ReasonTrace } from "../types";
import * as outcomeHelpers from "./outcome";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { NO_MEMBERS, outcomeWhenAllPass } = outcomeHelpers;

export function evaluateHousingCertificate(context: FamilyContext, mortgage: MeasureTrace): MeasureTrace {
  const certificate = context.params.byKey.HOUSING_CERTIFICATE_TENGE;
  const isMortgageEligible = mortgage.outcome === "eligible";
  const mortgageTerms = mortgage.terms?.kind === "mortgage" ? mortgage.terms : null;
  const downPaymentTenge = mortgageTerms?.downPaymentTenge ?? null;
  // Savings not declared count as none: the certificate is for families who lack the down payment.
  const savingsTenge = context.family.housing?.savingsTenge ?? 0;

  const reasons: ReasonTrace[] = [
    {
      rule: "mortgage_eligible",
      passed: isMortgageEligible,
      message: isMortgageEligible ? "mortgage_eligible.passed" : "mortgage_eligible.failed",
      values: {},
      source: certificate.source,
    },
  ];
  const hints: HintTrace[] = [];
  let amountTenge: number | null = null;

  if (!isMortgageEligible) {
    hints.push({ message: "hint.mortgage_first", values: {} });
  } else if (downPaymentTenge === null) {
    reasons.push({ rule: "apartment_price_given", passed: false, message: "apartment_price_given.failed", values: {}, source: certificate.source });
    hints.push({ message: "hint.apartment_price_given", values: {} });
  } else {
    const isShort = savingsTenge < downPaymentTenge;
    reasons.push({
      rule: "savings_below_down_payment",
      passed: isShort,
      message: isShort ? "savings_below_down_payment.passed" : "savings_below_down_payment.failed",
      values: { savingsTenge, downPaymentTenge },
      source: certificate.source,
    });
    if (isShort) {
      amountTenge = Math.min(certificate.value, downPaymentTenge);
      reasons.push({
        rule: "certificate_amount",
        passed: true,
        message: "certificate_amount.computed",
        values: { certificateTenge: certificate, downPaymentTenge, amountTenge },
        source: certificate.source,
      });
    }
  }

  const outcome = outcomeWhenAllPass(reasons);
  return {
    code: "HOUSING_CERTIFICATE",
    outcome,
    amountTenge: outcome === "eligible" ? amountTenge : null,
    period: outcome === "eligible" ? "once" : null,
    members: NO_MEMBERS,
    terms: null,
    reasons,
    hints: outcome === "eligible" ? [] : hints,
  };
}
