// The application status machine: who may move an application from which status to
// which. Every status change in the code goes through canTransition/assertTransition.
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus } from "@/prisma/generated/enums";

export type TransitionActor = "family" | "staff";

const TRANSITIONS: Record<ApplicationStatus, Partial<Record<ApplicationStatus, readonly TransitionActor[]>>> = {
  DRAFT: { SUBMITTED: ["family"], WITHDRAWN: ["family"] },
  SUBMITTED: { IN_REVIEW: ["staff"], WITHDRAWN: ["family"] },
  IN_REVIEW: { INFORMATION_REQUESTED: ["staff"], APPROVED: ["staff"], REJECTED: ["staff"], WITHDRAWN: ["family"] },
  // The family answers (back to review) or withdraws; staff may also resume the review.
  INFORMATION_REQUESTED: { IN_REVIEW: ["family", "staff"], WITHDRAWN: ["family"], REJECTED: ["staff"] },
  APPROVED: {},
  REJECTED: { APPEALED: ["family"] },
  WITHDRAWN: {},
  // An appeal is reviewed again by staff.
  APPEALED: { IN_REVIEW: ["staff"] },
};

/** Statuses in which an application still counts as open (one per family, measure and member). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPEALED"];

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, actor: TransitionActor): boolean {
  return TRANSITIONS[from][to]?.includes(actor) ?? false;
}

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus, actor: TransitionActor): void {
  if (!canTransition(from, to, actor)) throw new AppError("CONFLICT", `transition:${from}->${to}`);
}

/** Every allowed transition, for tests and documentation. */
export function allowedTransitions(): { from: ApplicationStatus; to: ApplicationStatus; actor: TransitionActor }[] {
  return Object.entries(TRANSITIONS).flatMap(([from, targets]) =>
    Object.entries(targets).flatMap(([to, actors]) =>
      (actors ?? []).map((actor) => ({ from: from as ApplicationStatus, to: to as ApplicationStatus, actor })),
    ),
  );
}
