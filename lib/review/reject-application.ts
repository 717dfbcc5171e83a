// Reject an application under review (or waiting for the family's answer) with a reason
// code and an explanation the family reads.
import "server-only";
import { z } from "zod";
import { REJECTION_REASON_CODES } from "@/lib/applications/reason-codes";
import type { Actor } from "@/lib/auth/permissions";
import { latestPublishedRuleSetVersionId } from "./latest-rule-set-version";
import { applicationIdField, textField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const rejectApplicationSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
  reasonCode: z.enum(REJECTION_REASON_CODES, { message: "reasonCodeRequired" }),
  explanation: textField("explanationRequired"),
});
export type RejectApplicationInput = z.infer<typeof rejectApplicationSchema>;

export function rejectApplication(actor: Actor, input: RejectApplicationInput, now = new Date()) {
  return runReviewChange(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "reject",
      plan: async (target, tx) => {
        const ruleSetVersionId = await latestPublishedRuleSetVersionId(tx);
        return {
          to: "REJECTED" as const,
          data: { decidedAt: now },
          audit: { action: "application.reject", before: {}, after: { reasonCode: input.reasonCode } },
          notice: "application.status-changed" as const,
          write: async (tx) => {
            const decision = await tx.decision.create({
              data: {
                applicationId: target.id, outcome: "REJECTED", reasonCode: input.reasonCode, explanation: input.explanation,
                decidedById: actor.id, ruleSetVersionId, createdAt: now,
              },
              select: { id: true },
            });
            await tx.timelineEvent.create({
              data: { applicationId: target.id, type: "REJECTED", actorId: actor.id, fromStatus: target.status, toStatus: "REJECTED", message: input.explanation, createdAt: now },
            });
            return { id: target.id, status: "REJECTED" as const, version: target.version + 1, decisionId: decision.id };
          },
        };
      },
    },
    now,
  );
}
