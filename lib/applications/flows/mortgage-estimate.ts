// The calculator's figures for a price, from the engine's own arithmetic (annuity.ts),
// so the estimate a family sees is the one the rules compute. Pure: the price page's
// live preview runs it in the browser too.
import { computeAnnuityPayment, computeDownPayment } from "@/lib/eligibility/annuity";

export interface MortgageRates {
  downPaymentPercent: number;
  annualRatePercent: number;
  months: number;
}

export interface MortgageEstimate {
  downPaymentTenge: number;
  loanTenge: number;
  monthlyPaymentTenge: number;
  totalPaidTenge: number;
}

export function estimateMortgage(priceTenge: number, rates: MortgageRates): MortgageEstimate {
  const downPaymentTenge = computeDownPayment(priceTenge, rates.downPaymentPercent);
  const loanTenge = priceTenge - downPaymentTenge;
  const monthlyPaymentTenge = computeAnnuityPayment(loanTenge, rates.annualRatePercent, rates.months);
  return { downPaymentTenge, loanTenge, monthlyPaymentTenge, totalPaidTenge: downPaymentTenge + monthlyPaymentTenge * rates.months };
}
