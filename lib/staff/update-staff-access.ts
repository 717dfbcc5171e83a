// An administrator changes a colleague's role and district. A role change ends the
// colleague's sessions at once (their next request signs them out), so new rights never
// mix with a session opened under the old ones.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findManagedStaffAccount } from "./find-managed-staff-account";
import { staffDistrictField, staffRoleField, staffUserIdField } from "./staff-account-fields";

export const updateStaffAccessSchema = z
  .strictObject({ userId: staffUserIdField, role: staffRoleField, district: staffDistrictField })
  .refine((input) => input.role !== "CASEWORKER" || input.district !== null, { path: ["district"], message: "districtRequired" });

export type UpdateStaffAccessInput = z.infer<typeof updateStaffAccessSchema>;

export async function updateStaffAccess(admin: Actor, input: UpdateStaffAccessInput): Promise<{ changed: boolean }> {
  assertCan(admin, "manage", "staff");
  return db.$transaction(async (tx) => {
    const user = await findManagedStaffAccount(tx, admin, input.userId);
    const roleChanged = user.role !== input.role;
    if (!roleChanged && user.district === input.district) return { changed: false };
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, district: input.district, ...(roleChanged ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, {
      actor: admin,
      action: "staff.update-access",
      entityType: "User",
      entityId: user.id,
      before: { role: user.role, district: user.district },
      after: { role: input.role, district: input.district, sessionsEnded: roleChanged },
    });
    return { changed: true };
  });
}
