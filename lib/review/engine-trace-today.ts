// The engine's reasoning today for one application's measure (and the mortgage, whose
// terms the housing measures read), on the family as stored now.
import { readAnswers } from "@/lib/applications/flows/answers";
import { evaluateFamilyWithParameters } from "@/lib/eligibility/evaluate";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { EligibilityTrace, MeasureTrace } from "@/lib/eligibility/types";
import { toEngineFamily, type StoredFamily } from "@/lib/families/family-snapshot";
import type { Measure } from "@/prisma/generated/enums";
import { engineCeilingToday } from "./engine-amount";

export function evaluateApplicationToday(family: StoredFamily, answers: unknown, parameters: ResolvedParameters, measures: readonly MeasureCode[]): EligibilityTrace {
  const price = readAnswers(answers).apartmentPriceTenge;
  return evaluateFamilyWithParameters(toEngineFamily(family, price === undefined ? {} : { apartmentPriceTenge: price }), parameters, measures);
}

export function measureTraceIn(trace: EligibilityTrace, measure: Measure): MeasureTrace | undefined {
  return trace.measures.find((candidate) => candidate.code === measure);
}

/** The engine's ceiling today for the application's amount (see engineCeilingToday). */
export function ceilingToday(application: { measure: Measure; memberId: string | null; answers: unknown; family: StoredFamily }, parameters: ResolvedParameters): number | null {
  const trace = evaluateApplicationToday(application.family, application.answers, parameters, [application.measure, "PREFERENTIAL_MORTGAGE"]);
  const measureTrace = measureTraceIn(trace, application.measure);
  if (!measureTrace) throw new Error(`engine gave no verdict for ${application.measure}`);
  return engineCeilingToday(application.measure, measureTrace, measureTraceIn(trace, "PREFERENTIAL_MORTGAGE"), application.memberId);
}
