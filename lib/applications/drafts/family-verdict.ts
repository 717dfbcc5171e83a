// The engine's verdict for a stored family today, with the rules in force. The same
// call serves the apply overview, the flows' choices and the verdict kept at submission.
import "server-only";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { evaluateFamily } from "@/lib/eligibility/evaluate";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { EligibilityResponse } from "@/lib/eligibility/schema";
import type { Locale } from "@/lib/eligibility/types";
import { toEngineFamily, type StoredFamily } from "@/lib/families/family-snapshot";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";

export async function evaluateStoredFamily(
  family: StoredFamily,
  options: { now: Date; locale?: Locale; apartmentPriceTenge?: number },
): Promise<EligibilityResponse> {
  const parameters = await loadParameterSet();
  const engineFamily = toEngineFamily(family, options.apartmentPriceTenge === undefined ? {} : { apartmentPriceTenge: options.apartmentPriceTenge });
  return evaluateFamily(engineFamily, parameters, dateInAlmaty(options.now), options.locale);
}

export type MeasureVerdict = EligibilityResponse["measures"][number];

export function measureVerdict(verdict: EligibilityResponse, measure: MeasureCode): MeasureVerdict {
  const found = verdict.measures.find((result) => result.code === measure);
  // The engine answers every measure; a missing one is a programming error, not user input.
  if (!found) throw new Error(`engine gave no verdict for ${measure}`);
  return found;
}

/** The members the engine finds eligible for a per-member measure (children, or adults for employment). */
export function eligibleMemberIds(verdict: EligibilityResponse, measure: MeasureCode): string[] {
  return measureVerdict(verdict, measure)
    .members.filter((member) => member.outcome !== "not_eligible")
    .map((member) => member.memberId);
}
