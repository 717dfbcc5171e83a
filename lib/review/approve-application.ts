// Approve an application under review. For the large-money measures (decision-rules.ts)
// this is the first of two approvals: a Decision waiting for a supervisor, the application
// still IN_REVIEW and the family not told yet. For every other measure the approval is
// final: status APPROVED, decision date, entitlements.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { chooseApprovalAmount } from "./approval-amount";
import { needsSecondApproval } from "./decision-rules";
import { ceilingToday } from "./engine-trace-today";
import { finalizeApproval } from "./finalize-approval";
import { latestPublishedRuleSetVersionId } from "./latest-rule-set-version";
import { applicationIdField, optionalAmountField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const approveApplicationSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
  amountTenge: optionalAmountField,
});
export type ApproveApplicationInput = z.input<typeof approveApplicationSchema>;

export interface ApprovalResult {
  id: string;
  status: ApplicationStatus;
  version: number;
  decisionId: string;
  /** False when the approval waits for a second approver. */
  final: boolean;
  certificateNumber: string | null;
}

export async function approveApplication(actor: Actor, input: z.output<typeof approveApplicationSchema>, now = new Date()) {
  const decidedOn = dateInAlmaty(now);
  const parameters = resolveParameterSet(await loadParameterSet(), decidedOn);
  return runReviewChange<ApprovalResult>(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "approve",
      plan: async (target, tx) => {
        const amountTenge = chooseApprovalAmount({
          measure: target.measure, requested: target.amountTenge, chosen: input.amountTenge, ceiling: ceilingToday(target, parameters),
        });
        const ruleSetVersionId = await latestPublishedRuleSetVersionId(tx);
        const decision = { applicationId: target.id, outcome: "APPROVED" as const, amountTenge, decidedById: actor.id, ruleSetVersionId, createdAt: now };
        if (needsSecondApproval(target.measure)) {
          return {
            to: null,
            audit: { action: "application.approve-first", before: {}, after: { amountTenge, awaitingSecondApproval: true } },
            // The family hears of the decision once it is final.
            notice: null,
            write: async (tx) => {
              const created = await tx.decision.create({ data: { ...decision, requiresSecondApproval: true }, select: { id: true } });
              await tx.timelineEvent.create({ data: { applicationId: target.id, type: "APPROVED", actorId: actor.id, isInternal: true, createdAt: now } });
              return { id: target.id, status: target.status, version: target.version + 1, decisionId: created.id, final: false, certificateNumber: null };
            },
          };
        }
        return {
          to: "APPROVED" as const,
          data: { decidedAt: now },
          audit: { action: "application.approve", before: {}, after: { amountTenge } },
          notice: "application.status-changed" as const,
          write: async (tx) => {
            const created = await tx.decision.create({ data: decision, select: { id: true } });
            await tx.timelineEvent.create({
              data: { applicationId: target.id, type: "APPROVED", actorId: actor.id, fromStatus: target.status, toStatus: "APPROVED", createdAt: now },
            });
            const { certificateNumber } = await finalizeApproval(tx, { target, amountTenge, now, decidedOn, parameters });
            return { id: target.id, status: "APPROVED" as const, version: target.version + 1, decisionId: created.id, final: true, certificateNumber };
          },
        };
      },
    },
    now,
  );
}
