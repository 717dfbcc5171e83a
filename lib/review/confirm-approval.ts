// A supervisor other than the first approver confirms a large-money approval: the
// application becomes APPROVED, with its entitlements (and the housing certificate).
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { AppError } from "@/lib/errors/app-error";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import { chooseApprovalAmount } from "./approval-amount";
import { ceilingToday } from "./engine-trace-today";
import { finalizeApproval } from "./finalize-approval";
import { applicationIdField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const confirmApprovalSchema = z.strictObject({ applicationId: applicationIdField, version: versionField });
export type ConfirmApprovalInput = z.infer<typeof confirmApprovalSchema>;

export async function confirmApproval(actor: Actor, input: ConfirmApprovalInput, now = new Date()) {
  const decidedOn = dateInAlmaty(now);
  const parameters = resolveParameterSet(await loadParameterSet(), decidedOn);
  return runReviewChange(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "confirmApproval",
      plan: (target) => {
        const pending = target.decisions[0];
        if (!pending) throw new AppError("CONFLICT", "version");
        // The first approver's amount, checked again against the engine on the day it becomes final.
        const amountTenge = chooseApprovalAmount({ measure: target.measure, requested: pending.amountTenge, chosen: undefined, ceiling: ceilingToday(target, parameters) });
        return {
          to: "APPROVED" as const,
          data: { decidedAt: now },
          audit: { action: "application.approve-second", before: { decisionId: pending.id, firstApproverId: pending.decidedById }, after: { decisionId: pending.id, amountTenge } },
          notice: "application.status-changed" as const,
          write: async (tx) => {
            const confirmed = await tx.decision.updateMany({
              where: { id: pending.id, secondApprovedAt: null, returnedAt: null },
              data: { secondApproverId: actor.id, secondApprovedAt: now },
            });
            if (confirmed.count === 0) throw new AppError("CONFLICT", "version");
            await tx.timelineEvent.create({
              data: { applicationId: target.id, type: "SECOND_APPROVAL", actorId: actor.id, fromStatus: target.status, toStatus: "APPROVED", createdAt: now },
            });
            const { certificateNumber } = await finalizeApproval(tx, { target, amountTenge, now, decidedOn, parameters });
            return { id: target.id, status: "APPROVED" as const, version: target.version + 1, decisionId: pending.id, certificateNumber };
          },
        };
      },
    },
    now,
  );
}
