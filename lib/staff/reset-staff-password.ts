// An administrator sets a temporary password for a colleague who lost theirs. Every
// session of that account ends at once; the colleague signs in with the new password.
import "server-only";
import { z } from "zod";
import { newPasswordField } from "@/lib/accounts/fields";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { findManagedStaffAccount } from "./find-managed-staff-account";
import { staffUserIdField } from "./staff-account-fields";

export const resetStaffPasswordSchema = z.strictObject({ userId: staffUserIdField, password: newPasswordField });

export type ResetStaffPasswordInput = z.infer<typeof resetStaffPasswordSchema>;

export async function resetStaffPassword(admin: Actor, input: ResetStaffPasswordInput): Promise<void> {
  assertCan(admin, "manage", "staff");
  // Hashing is slow on purpose; it happens before the transaction so no lock waits for it.
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const user = await findManagedStaffAccount(tx, admin, input.userId);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // The password itself and its hash are never written to the audit log.
    await recordAudit(tx, { actor: admin, action: "staff.reset-password", entityType: "User", entityId: user.id, after: { sessionsEnded: true } });
  });
}
