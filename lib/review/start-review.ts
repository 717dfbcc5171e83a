// Staff start reviewing a submitted (or appealed) application; an unassigned one becomes
// the actor's case.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { applicationIdField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const startReviewSchema = z.strictObject({ applicationId: applicationIdField, version: versionField });
export type StartReviewInput = z.infer<typeof startReviewSchema>;

export function startReview(actor: Actor, input: StartReviewInput, now = new Date()) {
  return runReviewChange(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "startReview",
      plan: (target) => {
        const assigneeId = target.assigneeId ?? actor.id;
        return {
          to: "IN_REVIEW" as const,
          data: { assigneeId },
          audit: { action: "application.start-review", before: { assigneeId: target.assigneeId }, after: { assigneeId } },
          notice: "application.status-changed" as const,
          write: async (tx) => {
            if (target.assigneeId === null) {
              await tx.timelineEvent.create({ data: { applicationId: target.id, type: "ASSIGNED", actorId: actor.id, createdAt: now } });
            }
            await tx.timelineEvent.create({
              data: { applicationId: target.id, type: "REVIEW_STARTED", actorId: actor.id, fromStatus: target.status, toStatus: "IN_REVIEW", createdAt: now },
            });
            return { id: target.id, status: "IN_REVIEW" as const, version: target.version + 1 };
          },
        };
      },
    },
    now,
  );
}
