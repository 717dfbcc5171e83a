// The second approver sends a large-money approval back with a reason, instead of
// confirming it. The application stays in review for the caseworker; the family is not
// told (nothing was decided for them), and the note is staff-only.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { applicationIdField, textField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const returnApprovalSchema = z.strictObject({ applicationId: applicationIdField, version: versionField, returnReason: textField("returnReasonRequired") });
export type ReturnApprovalInput = z.infer<typeof returnApprovalSchema>;

export function returnApproval(actor: Actor, input: ReturnApprovalInput, now = new Date()) {
  return runReviewChange(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "returnApproval",
      plan: (target) => {
        const pending = target.decisions[0];
        if (!pending) throw new AppError("CONFLICT", "version");
        return {
          to: null,
          audit: { action: "application.return-approval", before: { decisionId: pending.id, firstApproverId: pending.decidedById }, after: { decisionId: pending.id, returned: true } },
          notice: null,
          write: async (tx) => {
            const returned = await tx.decision.updateMany({
              where: { id: pending.id, secondApprovedAt: null, returnedAt: null },
              data: { returnedAt: now, returnedById: actor.id, returnReason: input.returnReason },
            });
            if (returned.count === 0) throw new AppError("CONFLICT", "version");
            await tx.timelineEvent.create({
              data: { applicationId: target.id, type: "SECOND_APPROVAL_RETURNED", actorId: actor.id, message: input.returnReason, isInternal: true, createdAt: now },
            });
            return { id: target.id, status: target.status, version: target.version + 1 };
          },
        };
      },
    },
    now,
  );
}
