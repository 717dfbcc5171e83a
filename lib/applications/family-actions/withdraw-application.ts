// The family withdraws its own application (DRAFT, SUBMITTED, IN_REVIEW or
// INFORMATION_REQUESTED; the status machine decides).
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { changeStatusByFamily } from "./change-status-by-family";
import { applicationIdField, versionField } from "./fields";

export const withdrawApplicationSchema = z.strictObject({
  applicationId: applicationIdField,
  version: versionField,
});

export type WithdrawApplicationInput = z.infer<typeof withdrawApplicationSchema>;

export function withdrawApplication(actor: Actor, input: WithdrawApplicationInput, now = new Date()) {
  return changeStatusByFamily(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      to: "WITHDRAWN",
      event: "WITHDRAWN",
      message: null,
      auditAction: "application.withdraw",
      template: "application.withdrawn",
    },
    now,
  );
}
