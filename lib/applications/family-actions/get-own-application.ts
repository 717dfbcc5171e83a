// One of the family's applications with what the family may see: the timeline without
// staff-only notes (they are filtered in the query, so they never reach the page data),
// the latest decision and what the family can do now.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { canTransition } from "@/lib/applications/status-machine";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { firstNameOf } from "./first-name";
import { canAnswerNow, latestInformationRequest } from "./information-request";

export async function getOwnApplication(actor: Actor, applicationId: string, now = new Date()) {
  assertCan(actor, "read", "application");
  const row = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true, reference: true, measure: true, status: true, version: true, amountTenge: true,
      submittedAt: true, decidedAt: true, createdAt: true, updatedAt: true,
      family: { select: { applicantId: true } },
      member: { select: { fullName: true } },
      timeline: {
        where: { isInternal: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, fromStatus: true, toStatus: true, message: true, respondBy: true, createdAt: true, actorId: true, isInternal: true },
      },
      decisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { outcome: true, explanation: true, amountTenge: true, createdAt: true },
      },
    },
  });
  // Only the owner gets past this line; anyone else sees "not found".
  if (!row || row.family.applicantId !== actor.id) throw new AppError("NOT_FOUND");
  assertCan(actor, "read", "application", { ownerUserId: row.family.applicantId });

  const request = latestInformationRequest(row.timeline);
  const isDecided = row.status === "APPROVED" || row.status === "REJECTED" || row.status === "APPEALED";
  return {
    id: row.id,
    reference: row.reference,
    measure: row.measure,
    status: row.status,
    version: row.version,
    amountTenge: row.amountTenge,
    submittedAt: row.submittedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    childFirstName: row.member ? firstNameOf(row.member.fullName) : null,
    // Who acted is told as "you" or "the department": staff names are not the family's business.
    timeline: row.timeline.map(({ actorId, isInternal: _isInternal, ...event }) => ({ ...event, byFamily: actorId === actor.id })),
    decision: isDecided ? (row.decisions[0] ?? null) : null,
    informationRequest:
      row.status === "INFORMATION_REQUESTED" && request
        ? { message: request.message, respondBy: request.respondBy, canAnswer: canAnswerNow(row.status, request, now) }
        : null,
    can: {
      withdraw: canTransition(row.status, "WITHDRAWN", "family"),
      appeal: canTransition(row.status, "APPEALED", "family"),
    },
  };
}

export type OwnApplication = Awaited<ReturnType<typeof getOwnApplication>>;
