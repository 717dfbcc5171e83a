// The amount an approval grants: the application's amount (the engine's at submission),
// unless the caseworker sets a lower one — and an amount the caseworker sets is never
// above what the engine allows today. When the engine has no amount today (the family no
// longer qualifies, or the measure's amount is the caseworker's), only the amount at
// submission bounds it; the page shows the caseworker how the verdict changed.
import { AppError } from "@/lib/errors/app-error";
import { MONEY_MEASURES } from "@/lib/entitlements/plan-entitlements";
import type { Measure } from "@/prisma/generated/enums";

export interface ApprovalAmountInput {
  measure: Measure;
  /** Application.amountTenge. */
  requested: number | null;
  /** What the caseworker typed, if anything. */
  chosen: number | undefined;
  /** engineCeilingToday(...): null when the engine gives no amount today. */
  ceiling: number | null;
}

function refuse(key: string): never {
  throw new AppError("INVALID_INPUT", `amountTenge:${key}`);
}

/** The amount to record on the decision; refuses with INVALID_INPUT "amountTenge:<key>". */
export function chooseApprovalAmount({ measure, requested, chosen, ceiling }: ApprovalAmountInput): number | null {
  if (!MONEY_MEASURES.has(measure)) {
    if (chosen !== undefined) refuse("amountNotApplicable");
    // Kept for the record (e.g. the mortgage's loan); no money is paid on it.
    return requested;
  }
  if (chosen === undefined) {
    if (requested === null) refuse("amountRequired");
    return requested;
  }
  if (requested !== null && chosen > requested) refuse("amountAboveRequested");
  if (ceiling !== null && chosen > ceiling) refuse("amountAboveToday");
  return chosen;
}
