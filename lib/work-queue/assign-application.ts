// A supervisor hands a case to a caseworker of the application's district or to
// themself, or puts it back in the queue. Caseworkers cannot assign (they claim).
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { changeAssignee, type AssigneeChangeResult } from "./change-assignee";
import { applicationIdField, assigneeField, versionField } from "./fields";
import { isEligibleAssignee } from "./eligible-assignee";

export const assignApplicationSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
  assigneeId: assigneeField,
});

export type AssignApplicationInput = z.infer<typeof assignApplicationSchema>;

export function assignApplication(actor: Actor, input: AssignApplicationInput, now: Date = new Date()): Promise<AssigneeChangeResult> {
  const assigneeId = input.assigneeId === "" ? null : input.assigneeId;
  return changeAssignee(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      permission: "assign",
      auditAction: "application.assign",
      decide: async (application, tx) => {
        if (assigneeId === null || assigneeId === application.assigneeId) return assigneeId;
        const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, role: true, district: true, disabledAt: true } });
        if (!user || !isEligibleAssignee(user, application.district, actor.id)) throw new AppError("INVALID_INPUT", "assignee");
        return assigneeId;
      },
    },
    now,
  );
}
