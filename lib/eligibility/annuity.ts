// Mortgage arithmetic in whole tenge.

/** Down payment: a percentage of the price, rounded up so the bank is never short a tenge. */
export function computeDownPayment(priceTenge: number, downPaymentPercent: number): number {
  // Percent is scaled to hundredths so that 10 % of a price stays in integer arithmetic.
  return Math.ceil((priceTenge * Math.round(downPaymentPercent * 100)) / 10_000);
}

/**
 * The fixed monthly payment that repays `loanTenge` over `months` at a nominal annual
 * rate compounded monthly (the standard annuity formula), rounded to the nearest tenge.
 */
export function computeAnnuityPayment(loanTenge: number, annualRatePercent: number, months: number): number {
  if (loanTenge <= 0 || months <= 0) return 0;
  const monthlyRate = annualRatePercent / 100 / 12;
  if (monthlyRate === 0) return Math.round(loanTenge / months);
  return Math.round((loanTenge * monthlyRate) / (1 - Math.pow(1 + monthlyRate, -months)));
}
