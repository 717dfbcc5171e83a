// The approval rules the review page and the decision actions share: which measures need
// a second person, and which actions a given staff member may take on an application in
// its current state. The page shows exactly these actions; every action checks them again.
import { can, type Actor } from "@/lib/auth/permissions";
import { canTransition } from "@/lib/applications/status-machine";
import type { ApplicationStatus, Measure } from "@/prisma/generated/enums";

/** Large sums: a supervisor other than the first approver confirms the approval. */
export const SECOND_APPROVAL_MEASURES: ReadonlySet<Measure> = new Set(["PREFERENTIAL_MORTGAGE", "HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY"]);

export function needsSecondApproval(measure: Measure): boolean {
  return SECOND_APPROVAL_MEASURES.has(measure);
}

export const REVIEW_ACTIONS = [
  "startReview",
  "approve",
  "confirmApproval",
  "returnApproval",
  "reject",
  "requestInformation",
  "resumeReview",
  "addNote",
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Actions that decide the application: never on one's own family. */
const DECIDING_ACTIONS: ReadonlySet<ReviewAction> = new Set(["approve", "confirmApproval", "returnApproval", "reject"]);

/** Why an action is not offered, when it is not simply the status. */
export type ActionBlock = "ownFamily" | "awaitingSecondApproval" | "firstApproverCannotConfirm";

export interface ReviewState {
  status: ApplicationStatus;
  measure: Measure;
  /** The family's district: the reach of a caseworker. */
  district: Actor["district"];
  /** The approval waiting for its second approver, if any. */
  pendingApproval: { decidedById: string } | null;
  /** The actor's IIN is the applicant's or a member's. */
  isOwnFamily: boolean;
}

export interface AvailableActions {
  allowed: ReadonlySet<ReviewAction>;
  blocks: ReadonlySet<ActionBlock>;
}

function isPossible(action: ReviewAction, actor: Actor, state: ReviewState): boolean {
  const scope = { district: state.district };
  const reviews = can(actor, "review", "application", scope);
  const decides = can(actor, "decide", "application", scope);
  const pending = state.pendingApproval !== null;
  switch (action) {
    case "startReview":
      return reviews && (state.status === "SUBMITTED" || state.status === "APPEALED") && canTransition(state.status, "IN_REVIEW", "staff");
    case "approve":
      return decides && !pending && state.status === "IN_REVIEW" && canTransition(state.status, "APPROVED", "staff");
    case "confirmApproval":
      return pending && state.status === "IN_REVIEW" && can(actor, "approve-second", "application", scope) && canTransition(state.status, "APPROVED", "staff");
    case "returnApproval":
      return pending && state.status === "IN_REVIEW" && can(actor, "approve-second", "application", scope);
    case "reject":
      return decides && !pending && canTransition(state.status, "REJECTED", "staff");
    case "requestInformation":
      return reviews && !pending && canTransition(state.status, "INFORMATION_REQUESTED", "staff");
    case "resumeReview":
      return reviews && state.status === "INFORMATION_REQUESTED" && canTransition(state.status, "IN_REVIEW", "staff");
    case "addNote":
      return reviews && state.status !== "DRAFT";
  }
}

/** Why `action` is refused for `actor`, or null when it is allowed. */
export function refusalOf(action: ReviewAction, actor: Actor, state: ReviewState): ActionBlock | "notAllowed" | null {
  if (!isPossible(action, actor, state)) {
    const isDecision = action === "approve" || action === "reject" || action === "requestInformation";
    if (isDecision && state.pendingApproval && state.status === "IN_REVIEW") return "awaitingSecondApproval";
    return "notAllowed";
  }
  if (DECIDING_ACTIONS.has(action) && state.isOwnFamily) return "ownFamily";
  if ((action === "confirmApproval" || action === "returnApproval") && state.pendingApproval?.decidedById === actor.id) return "firstApproverCannotConfirm";
  return null;
}

/** The actions to offer, and what the page should explain about the ones held back. */
export function availableActions(actor: Actor, state: ReviewState): AvailableActions {
  const allowed = new Set<ReviewAction>();
  const blocks = new Set<ActionBlock>();
  for (const action of REVIEW_ACTIONS) {
    const refusal = refusalOf(action, actor, state);
    if (refusal === null) allowed.add(action);
    else if (refusal !== "notAllowed") blocks.add(refusal);
  }
  return { allowed, blocks };
}
