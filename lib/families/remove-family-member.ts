// Removes a member of the actor's own family. A member named in an application (or an
// entitlement) is kept by the database (onDelete: Restrict); the refusal is explained.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isForeignKeyViolation } from "@/lib/db/errors";
import { memberAuditView } from "./member-audit-view";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function removeFamilyMember(actor: Actor, memberId: string): Promise<void> {
  assertOwnFamilyAccess(actor, "update");
  try {
    await db.$transaction(async (tx) => {
      const member = await tx.familyMember.findFirst({
        where: { id: memberId, family: { applicantId: actor.id } },
        select: {
          role: true, birthDate: true, education: true, fullTimeStudent: true, excellentStudent: true,
          disability: true, homeSchooled: true, employed: true, monthlyIncomeTenge: true,
        },
      });
      if (!member) throw new AppError("NOT_FOUND");
      await tx.familyMember.delete({ where: { id: memberId } });
      await recordAudit(tx, { actor, action: "family-member.delete", entityType: "FamilyMember", entityId: memberId, before: memberAuditView(member) });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new AppError("CONFLICT", "memberInApplication");
    throw error;
  }
}
