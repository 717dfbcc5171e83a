// The one way staff change an application under review. In one transaction: the reach
// (NOT_FOUND outside it), the version the form was shown with, the approval rules and the
// status machine, the update conditional on the version (a concurrent change matches no
// row: CONFLICT "version"), then the action's own writes, the audit entry and the family's
// notification. The SMS follows the commit.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { assertTransition } from "@/lib/applications/status-machine";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordApplicationNotice, sendApplicationSms, type ApplicationNotice } from "@/lib/notifications/application-notice";
import type { NotificationTemplate } from "@/lib/notifications/notification-templates";
import type { Prisma } from "@/prisma/generated/client";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { databaseRefusal } from "./database-refusal";
import { refusalOf, type ReviewAction } from "./decision-rules";
import { REVIEW_TARGET_SELECT, reviewStateOf, type ReviewTarget } from "./review-target";

export type Tx = Prisma.TransactionClient;

export interface ReviewChangePlan<Result> {
  /** The new status, or null when the status stays (a note, a first approval). */
  to: ApplicationStatus | null;
  /** Further application fields (assignee, deadline, decision date). */
  data?: Prisma.ApplicationUncheckedUpdateManyInput;
  /** The action's own rows (decision, timeline, entitlements), after the guarded update. */
  write: (tx: Tx) => Promise<Result>;
  audit: { action: string; before: Prisma.InputJsonValue; after: Prisma.InputJsonValue };
  /** What the family is told, if anything. */
  notice: NotificationTemplate | null;
}

export interface ReviewChange<Result> {
  applicationId: string;
  /** The version the form was shown with. */
  expectedVersion: number;
  action: ReviewAction;
  /** Checks on the current state and the plan of the change; throw an AppError to refuse. */
  plan: (target: ReviewTarget, tx: Tx) => ReviewChangePlan<Result> | Promise<ReviewChangePlan<Result>>;
}

/** Refuses with NOT_FOUND whatever is outside the actor's reach, so nothing is revealed. */
export function assertReviewReach(actor: Actor, district: ReviewTarget["family"]["district"]): void {
  if (!can(actor, "read", "application", { district }) || !can(actor, "review", "application", { district })) throw new AppError("NOT_FOUND");
}

export async function runReviewChange<Result>(actor: Actor, change: ReviewChange<Result>, now = new Date()): Promise<Result> {
  if (!can(actor, "review", "application")) throw new AppError("NOT_FOUND");
  let outcome: { result: Result; notice: ApplicationNotice | null };
  try {
    outcome = await db.$transaction(async (tx) => {
      const target = await tx.application.findUnique({ where: { id: change.applicationId }, select: REVIEW_TARGET_SELECT });
      if (!target) throw new AppError("NOT_FOUND");
      assertReviewReach(actor, target.family.district);
      if (target.version !== change.expectedVersion) throw new AppError("CONFLICT", "version");

      const self = await tx.user.findUnique({ where: { id: actor.id }, select: { iin: true } });
      const refusal = refusalOf(change.action, actor, reviewStateOf(target, self?.iin ?? null));
      if (refusal === "notAllowed") throw new AppError("CONFLICT", `transition:${target.status}:${change.action}`);
      if (refusal !== null) throw new AppError("CONFLICT", refusal);

      const plan = await change.plan(target, tx);
      if (plan.to !== null) assertTransition(target.status, plan.to, "staff");
      const updated = await tx.application.updateMany({
        where: { id: target.id, version: target.version },
        data: { ...plan.data, ...(plan.to !== null ? { status: plan.to } : {}), version: { increment: 1 } },
      });
      if (updated.count === 0) throw new AppError("CONFLICT", "version");

      const result = await plan.write(tx);
      await recordAudit(tx, {
        actor,
        action: plan.audit.action,
        entityType: "Application",
        entityId: target.id,
        before: { status: target.status, version: target.version, ...(plan.audit.before as object) },
        after: { status: plan.to ?? target.status, version: target.version + 1, ...(plan.audit.after as object) },
      });
      let notice: ApplicationNotice | null = null;
      if (plan.notice) {
        notice = {
          recipient: { id: target.family.applicant.id, phone: target.family.applicant.phone, locale: target.family.applicant.locale },
          template: plan.notice,
          params: { reference: target.reference, measure: target.measure, status: plan.to ?? target.status },
        };
        await recordApplicationNotice(tx, notice, now);
      }
      return { result, notice };
    });
  } catch (error) {
    throw databaseRefusal(error) ?? error;
  }
  if (outcome.notice) await sendApplicationSms(outcome.notice);
  return outcome.result;
}
