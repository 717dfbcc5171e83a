// The application as a review action sees it, read inside the action's transaction: its
// state, the family's district (the reach), the IINs that make it someone's own family,
// the approval waiting for a second approver, and the latest request to the family.
import { FAMILY_SNAPSHOT_SELECT } from "@/lib/families/family-snapshot";
import type { Prisma } from "@/prisma/generated/client";
import type { ReviewState } from "./decision-rules";

export const REVIEW_TARGET_SELECT = {
  id: true,
  reference: true,
  measure: true,
  status: true,
  version: true,
  memberId: true,
  amountTenge: true,
  assigneeId: true,
  dueAt: true,
  answers: true,
  family: {
    select: {
      id: true,
      district: true,
      applicant: { select: { id: true, iin: true, fullName: true, phone: true, locale: true } },
      ...FAMILY_SNAPSHOT_SELECT,
      members: { ...FAMILY_SNAPSHOT_SELECT.members, select: { ...FAMILY_SNAPSHOT_SELECT.members.select, iin: true } },
    },
  },
  decisions: {
    where: { requiresSecondApproval: true, secondApprovedAt: null, returnedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { id: true, decidedById: true, amountTenge: true, createdAt: true },
  },
  timeline: {
    where: { type: "INFORMATION_REQUESTED", isInternal: false },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { createdAt: true, respondBy: true },
  },
} satisfies Prisma.ApplicationSelect;

export type ReviewTarget = Prisma.ApplicationGetPayload<{ select: typeof REVIEW_TARGET_SELECT }>;

/** What the rules need to know about an application, from the action's or the page's query. */
export interface ReviewFacts {
  status: ReviewTarget["status"];
  measure: ReviewTarget["measure"];
  family: { district: ReviewTarget["family"]["district"]; applicant: { iin: string }; members: { iin: string }[] };
  /** The approval waiting for its second approver first, if any. */
  decisions: { decidedById: string }[];
}

/** True when `actorIin` is the applicant's or a member's: the actor's own family. */
export function isOwnFamily(target: Pick<ReviewFacts, "family">, actorIin: string | null): boolean {
  if (!actorIin) return false;
  return target.family.applicant.iin === actorIin || target.family.members.some((member) => member.iin === actorIin);
}

export function reviewStateOf(target: ReviewFacts, actorIin: string | null): ReviewState {
  const pending = target.decisions[0];
  return {
    status: target.status,
    measure: target.measure,
    district: target.family.district,
    pendingApproval: pending ? { decidedById: pending.decidedById } : null,
    isOwnFamily: isOwnFamily(target, actorIin),
  };
}
