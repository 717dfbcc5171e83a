// Which measures a family is offered, from the engine's trace: a pure function, so the
// rule reads in one place and is tested without a database.
//
// A measure is offered when all of these hold:
// - the engine says "eligible" (not "review": a caseworker would have to decide first),
//   and for a per-child measure at least one child is eligible;
// - the measures catalog opens it today (an offer for a paused measure would only
//   disappoint);
// - the family has no application for it that is open (a draft included) or approved.
//   Withdrawn and rejected applications do not stop an offer: a family turned down under
//   the old rules is exactly the one a rule change may now help;
// - it is not the Mothers' Center: it is open to every family whatever the rules, so it
//   is not something a family "now qualifies for", and offering it would tell every
//   family the same thing after every change.
import { FLOWS } from "@/lib/applications/flows/flow-definitions";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import type { MeasureTrace } from "@/lib/eligibility/types";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { OPEN_STATUSES } from "@/lib/applications/status-machine";

export const OFFERED_MEASURES: readonly MeasureCode[] = MEASURE_CODES.filter((measure) => measure !== "MOTHERS_CENTER");

/** Applications in these statuses mean the family has applied: no offer for that measure. */
export const APPLIED_STATUSES: readonly ApplicationStatus[] = [...OPEN_STATUSES, "APPROVED"];

export function isEligibleForOffer(trace: MeasureTrace): boolean {
  if (trace.outcome !== "eligible") return false;
  if (FLOWS[trace.code].subject === "children") return trace.members.some((member) => member.outcome === "eligible");
  return true;
}

export function measuresToOffer(traces: readonly MeasureTrace[], applied: ReadonlySet<MeasureCode>, openInCatalog: ReadonlySet<MeasureCode>): MeasureCode[] {
  const offered: MeasureCode[] = [];
  for (const trace of traces) {
    if (openInCatalog.has(trace.code) && !applied.has(trace.code) && isEligibleForOffer(trace)) offered.push(trace.code);
  }
  return offered;
}
