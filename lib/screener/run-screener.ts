// The screener's verdict: the engine itself (no HTTP round trip), on the parameters in
// force today, with reasons and hints written in the reader's language. Nothing is stored.
import "server-only";
import { evaluateFamily } from "@/lib/eligibility/evaluate";
import type { EligibilityResponse } from "@/lib/eligibility/schema";
import type { Family, Locale } from "@/lib/eligibility/types";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";

export type ScreenerMeasure = Pick<
  EligibilityResponse["measures"][number],
  "code" | "outcome" | "amountTenge" | "period" | "members" | "terms" | "hints"
> & { reasons: { passed: boolean; message: string }[] };

/** What the page shows: the engine's response without the raw values behind each reason. */
export interface ScreenerResult {
  asOf: string;
  facts: EligibilityResponse["facts"];
  measures: ScreenerMeasure[];
}

export function toScreenerResult(response: EligibilityResponse): ScreenerResult {
  return {
    asOf: response.asOf,
    facts: response.facts,
    measures: response.measures.map((measure) => ({
      code: measure.code,
      outcome: measure.outcome,
      amountTenge: measure.amountTenge,
      period: measure.period,
      members: measure.members,
      terms: measure.terms,
      hints: measure.hints,
      reasons: measure.reasons.map((reason) => ({ passed: reason.passed, message: reason.message })),
    })),
  };
}

export async function runScreener(family: Family, today: string, locale: Locale): Promise<ScreenerResult> {
  return toScreenerResult(evaluateFamily(family, await loadParameterSet(), today, locale));
}
