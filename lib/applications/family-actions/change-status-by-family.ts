// The one way a family changes the status of its own application: in one transaction,
// the ownership check, the status machine, the optimistic version check, the timeline
// event, the audit entry and the notification; the SMS follows the commit.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { assertTransition } from "@/lib/applications/status-machine";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors/app-error";
import { recordApplicationNotice, sendApplicationSms, type ApplicationNotice } from "@/lib/notifications/application-notice";
import type { NotificationTemplate } from "@/lib/notifications/notification-templates";
import type { ApplicationStatus, Measure, TimelineEventType } from "@/prisma/generated/enums";

/** What the change may look at before it is made (current state and the latest request). */
export interface ApplicationForChange {
  id: string;
  reference: string;
  measure: Measure;
  status: ApplicationStatus;
  version: number;
  dueAt: Date | null;
  latestRequest: { respondBy: Date | null; createdAt: Date } | null;
}

export interface FamilyStatusChange {
  applicationId: string;
  /** The version the family saw; a different current version means someone changed it. */
  expectedVersion: number;
  to: ApplicationStatus;
  event: TimelineEventType;
  message: string | null;
  auditAction: string;
  template: NotificationTemplate;
  /** Further checks on the current state (e.g. the answer deadline); throw an AppError to refuse. */
  check?: (application: ApplicationForChange, now: Date) => void;
  /** Extra fields to update with the status (e.g. a moved decision deadline). */
  extraData?: (application: ApplicationForChange, now: Date) => { dueAt?: Date | null };
}

export interface FamilyStatusChangeResult {
  id: string;
  status: ApplicationStatus;
  version: number;
}

export async function changeStatusByFamily(actor: Actor, change: FamilyStatusChange, now = new Date()): Promise<FamilyStatusChangeResult> {
  assertCan(actor, "update", "application");
  let outcome: { result: FamilyStatusChangeResult; notice: ApplicationNotice };
  try {
    outcome = await db.$transaction(async (tx) => {
      const row = await tx.application.findUnique({
        where: { id: change.applicationId },
        select: {
          id: true, reference: true, measure: true, status: true, version: true, dueAt: true,
          family: { select: { applicant: { select: { id: true, phone: true, locale: true } } } },
          timeline: {
            where: { type: "INFORMATION_REQUESTED", isInternal: false },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: 1,
            select: { respondBy: true, createdAt: true },
          },
        },
      });
      // Someone else's application, or none: the same answer, so nothing is revealed.
      if (!row) throw new AppError("NOT_FOUND");
      assertCan(actor, "update", "application", { ownerUserId: row.family.applicant.id });

      const application: ApplicationForChange = {
        id: row.id, reference: row.reference, measure: row.measure, status: row.status, version: row.version,
        dueAt: row.dueAt, latestRequest: row.timeline[0] ?? null,
      };
      if (application.version !== change.expectedVersion) throw new AppError("CONFLICT", "version");
      assertTransition(application.status, change.to, "family");
      change.check?.(application, now);

      // Conditional on the version read: a concurrent change makes this match no row.
      const updated = await tx.application.updateMany({
        where: { id: application.id, version: application.version, status: application.status },
        data: { status: change.to, version: { increment: 1 }, ...change.extraData?.(application, now) },
      });
      if (updated.count === 0) throw new AppError("CONFLICT", "version");

      await tx.timelineEvent.create({
        data: {
          applicationId: application.id, type: change.event, actorId: actor.id, fromStatus: application.status,
          toStatus: change.to, message: change.message, isInternal: false, createdAt: now,
        },
      });
      await recordAudit(tx, {
        actor, action: change.auditAction, entityType: "Application", entityId: application.id,
        before: { status: application.status, version: application.version },
        after: { status: change.to, version: application.version + 1 },
      });
      const notice: ApplicationNotice = {
        recipient: row.family.applicant,
        template: change.template,
        params: { reference: application.reference, measure: application.measure, status: change.to },
      };
      await recordApplicationNotice(tx, notice, now);
      return { result: { id: application.id, status: change.to, version: application.version + 1 }, notice };
    });
  } catch (error) {
    // Reopening (an appeal) while another open application exists for the same measure and child.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "open-application-exists");
    throw error;
  }
  await sendApplicationSms(outcome.notice);
  return outcome.result;
}
