// The mortgage's down payment, rate and term in force today, from the engine's terms
// function and the published rule parameters (never literals).
import "server-only";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { computeMortgageTerms } from "@/lib/eligibility/measures/preferential-mortgage";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import type { MortgageRates } from "./mortgage-estimate";

export async function loadMortgageRates(now: Date): Promise<MortgageRates> {
  const params = resolveParameterSet(await loadParameterSet(), dateInAlmaty(now));
  const { downPaymentPercent, annualRatePercent, months } = computeMortgageTerms(undefined, params);
  return { downPaymentPercent, annualRatePercent, months };
}
