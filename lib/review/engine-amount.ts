// The most the engine allows today for an application: a caseworker who sets the amount
// may not go above it. Pure: reads one measure's trace.
import type { MeasureTrace } from "@/lib/eligibility/types";
import type { Measure } from "@/prisma/generated/enums";

/**
 * The engine's ceiling today for `measure` (and the member, for per-child measures):
 * - a computed amount (scholarship, home-schooling, utilities, certificate): that amount;
 * - one-time assistance: the cap in the terms (the caseworker sets the amount under it);
 * - the down-payment subsidy: the down payment the mortgage terms work out, when known;
 * - null when the engine gives no amount today: no money measure, nothing to compute it
 *   from, or the family does not qualify today (the verdict on the page says so).
 */
export function engineCeilingToday(measure: Measure, trace: MeasureTrace, mortgage: MeasureTrace | undefined, memberId: string | null): number | null {
  if (trace.outcome === "not_eligible") return null;
  if (measure === "ONE_TIME_ASSISTANCE") return trace.terms?.kind === "assistance_cap" ? trace.terms.maxAmountTenge : null;
  if (measure === "DOWN_PAYMENT_SUBSIDY") return mortgage?.terms?.kind === "mortgage" ? mortgage.terms.downPaymentTenge : null;
  if (memberId !== null) {
    const member = trace.members.find((candidate) => candidate.memberId === memberId);
    if (member) return member.outcome === "not_eligible" ? null : member.amountTenge;
  }
  return trace.amountTenge;
}
