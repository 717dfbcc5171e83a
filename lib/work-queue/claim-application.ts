// A caseworker takes an unassigned open case of their own district. Taking a case that
// is already someone else's is refused: only a supervisor hands cases over.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { changeAssignee, type AssigneeChangeResult } from "./change-assignee";
import { applicationIdField, versionField } from "./fields";

export const claimApplicationSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
});

export type ClaimApplicationInput = z.infer<typeof claimApplicationSchema>;

export function claimApplication(actor: Actor, input: ClaimApplicationInput, now: Date = new Date()): Promise<AssigneeChangeResult> {
  return changeAssignee(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      permission: "review",
      auditAction: "application.claim",
      decide: async (application) => {
        if (application.assigneeId !== null && application.assigneeId !== actor.id) throw new AppError("CONFLICT", "taken");
        return actor.id;
      },
    },
    now,
  );
}
