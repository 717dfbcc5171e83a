// An administrator disables a colleague's account (they are signed out everywhere at
// once: the session check refuses a disabled account) or enables it again.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findManagedStaffAccount } from "./find-managed-staff-account";
import { staffUserIdField } from "./staff-account-fields";

export const setStaffAccountDisabledSchema = z.strictObject({
  userId: staffUserIdField,
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export type SetStaffAccountDisabledInput = z.infer<typeof setStaffAccountDisabledSchema>;

export async function setStaffAccountDisabled(admin: Actor, input: SetStaffAccountDisabledInput, now = new Date()): Promise<{ changed: boolean }> {
  assertCan(admin, "manage", "staff");
  return db.$transaction(async (tx) => {
    const user = await findManagedStaffAccount(tx, admin, input.userId);
    if ((user.disabledAt !== null) === input.disabled) return { changed: false };
    await tx.user.update({
      where: { id: user.id },
      // Disabling also bumps the session version, so enabling later does not revive old cookies.
      data: input.disabled ? { disabledAt: now, sessionVersion: { increment: 1 } } : { disabledAt: null },
    });
    await recordAudit(tx, {
      actor: admin,
      action: input.disabled ? "staff.disable" : "staff.enable",
      entityType: "User",
      entityId: user.id,
      before: { disabledAt: user.disabledAt?.toISOString() ?? null },
      after: { disabledAt: input.disabled ? now.toISOString() : null },
    });
    return { changed: true };
  });
}
