import type { HintTrace, MeasureTrace, Outcome, ReasonTrace } from "../types";

/** A measure whose every condition is a rule: eligible only when all of them pass. */
export function outcomeWhenAllPass(reasons: readonly ReasonTrace[]): Outcome {
  for (const reason of reasons) if (!reason.passed) return "not_eligible";
  return "eligible";
}

// Shared empty lists: most measures of most families have no members or no hints, and
// a caseload run would otherwise allocate millions of empty arrays. Never mutated.
export const NO_MEMBERS: MeasureTrace["members"] = Object.freeze([]) as unknown as MeasureTrace["members"];
export const NO_HINTS: MeasureTrace["hints"] = Object.freeze([]) as unknown as MeasureTrace["hints"];

/** Adds a hint to a list that may still be the shared empty one; returns the list to keep. */
export function withHint(hints: HintTrace[], hint: HintTrace): HintTrace[] {
  if (hints === NO_HINTS) return [hint];
  hints.push(hint);
  return hints;
}
