// The family appeals a rejection with its reason; staff then review the application again.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { changeStatusByFamily } from "./change-status-by-family";
import { applicationIdField, messageField, versionField } from "./fields";

export const appealRejectionSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
  reason: messageField("appealReasonRequired"),
});

export type AppealRejectionInput = z.infer<typeof appealRejectionSchema>;

export function appealRejection(actor: Actor, input: AppealRejectionInput, now = new Date()) {
  return changeStatusByFamily(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      to: "APPEALED",
      event: "APPEALED",
      message: input.reason,
      auditAction: "application.appeal",
      template: "application.appealed",
    },
    now,
  );
}
