// The one way an application's assignee changes (claim, assign, unassign): in one
// transaction, the reach check, the optimistic version check, the conditional update,
// an internal timeline event (families do not see who handles their case) and the audit
// entry with the assignee before and after.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus, District } from "@/prisma/generated/enums";

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Decided applications keep the assignee they were decided by. */
export const CLOSED_STATUSES: readonly ApplicationStatus[] = ["APPROVED", "REJECTED", "WITHDRAWN"];

export interface ApplicationForAssignment {
  id: string;
  status: ApplicationStatus;
  version: number;
  assigneeId: string | null;
  district: District;
}

export interface AssigneeChange {
  applicationId: string;
  /** The version the reader saw; another current version means someone changed it. */
  expectedVersion: number;
  /** The permission that gives reach over the application ("review" to claim, "assign" to assign). */
  permission: "review" | "assign";
  auditAction: "application.claim" | "application.assign";
  /** The new assignee (null: nobody), given the current state; throw an AppError to refuse. */
  decide: (application: ApplicationForAssignment, tx: Transaction) => Promise<string | null>;
}

export interface AssigneeChangeResult {
  id: string;
  assigneeId: string | null;
  version: number;
  /** False when the application already had that assignee (nothing written). */
  changed: boolean;
}

export async function changeAssignee(actor: Actor, change: AssigneeChange, now: Date = new Date()): Promise<AssigneeChangeResult> {
  assertCan(actor, change.permission, "application");
  return db.$transaction(async (tx) => {
    const row = await tx.application.findUnique({
      where: { id: change.applicationId },
      select: { id: true, status: true, version: true, assigneeId: true, family: { select: { district: true } } },
    });
    // Drafts are the family's alone; out of reach and missing look the same.
    if (!row || row.status === "DRAFT") throw new AppError("NOT_FOUND");
    assertCan(actor, change.permission, "application", { district: row.family.district });

    const application: ApplicationForAssignment = {
      id: row.id, status: row.status, version: row.version, assigneeId: row.assigneeId, district: row.family.district,
    };
    if (application.version !== change.expectedVersion) throw new AppError("CONFLICT", "changed");
    if (CLOSED_STATUSES.includes(application.status)) throw new AppError("CONFLICT", "closed");
    const assigneeId = await change.decide(application, tx);
    if (assigneeId === application.assigneeId) return { id: application.id, assigneeId, version: application.version, changed: false };

    // Conditional on what was read: a concurrent change makes this match no row.
    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version, assigneeId: application.assigneeId },
      data: { assigneeId, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "changed");

    const assignee = assigneeId ? await tx.user.findUnique({ where: { id: assigneeId }, select: { fullName: true } }) : null;
    await tx.timelineEvent.create({
      data: {
        applicationId: application.id, type: "ASSIGNED", actorId: actor.id, isInternal: true, createdAt: now,
        // Staff read who the case went to; null means it was put back in the queue.
        message: assignee?.fullName ?? null,
      },
    });
    await recordAudit(tx, {
      actor, action: change.auditAction, entityType: "Application", entityId: application.id,
      before: { assigneeId: application.assigneeId, version: application.version },
      after: { assigneeId, version: application.version + 1 },
    });
    return { id: application.id, assigneeId, version: application.version + 1, changed: true };
  });
}
