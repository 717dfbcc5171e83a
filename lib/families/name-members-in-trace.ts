// The engine names members by the id it was given (reasons read "<id>, aged 4, …").
// Stored ids are opaque, so before rendering, each member id in a trace is replaced by
// the person's name. Only the copy the family reads is changed; `members` keeps ids.
import type { EligibilityTrace } from "@/lib/eligibility";
import type { TraceValues } from "@/lib/eligibility/types";

function nameValues(values: TraceValues, names: ReadonlyMap<string, string>): TraceValues {
  const id = values.memberId;
  if (typeof id !== "string") return values;
  return { ...values, memberId: names.get(id) ?? id };
}

export function nameMembersInTrace(trace: EligibilityTrace, names: ReadonlyMap<string, string>): EligibilityTrace {
  return {
    ...trace,
    measures: trace.measures.map((measure) => ({
      ...measure,
      reasons: measure.reasons.map((reason) => ({ ...reason, values: nameValues(reason.values, names) })),
      hints: measure.hints.map((hint) => ({ ...hint, values: nameValues(hint.values, names) })),
    })),
  };
}
