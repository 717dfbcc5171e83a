// Staff resume the review without the family's answer (the information came another way,
// or the deadline passed). The decision deadline moves on by the working days the request
// was open, as it does when the family answers.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { deadlineAfterPause } from "@/lib/calendar/working-days";
import { applicationIdField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const resumeReviewSchema = z.strictObject({ applicationId: applicationIdField, version: versionField });
export type ResumeReviewInput = z.infer<typeof resumeReviewSchema>;

export function resumeReview(actor: Actor, input: ResumeReviewInput, now = new Date()) {
  return runReviewChange(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "resumeReview",
      plan: (target) => {
        const request = target.timeline[0];
        const dueAt = target.dueAt && request ? deadlineAfterPause(target.dueAt, request.createdAt, now) : target.dueAt;
        return {
          to: "IN_REVIEW" as const,
          data: { dueAt },
          audit: { action: "application.resume-review", before: { dueAt: target.dueAt?.toISOString() ?? null }, after: { dueAt: dueAt?.toISOString() ?? null } },
          notice: "application.status-changed" as const,
          write: async (tx) => {
            await tx.timelineEvent.create({
              data: { applicationId: target.id, type: "REVIEW_RESUMED", actorId: actor.id, fromStatus: target.status, toStatus: "IN_REVIEW", createdAt: now },
            });
            return { id: target.id, status: "IN_REVIEW" as const, version: target.version + 1, dueAt };
          },
        };
      },
    },
    now,
  );
}
