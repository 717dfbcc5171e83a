// Edits a member of the actor's own family; a member of any other family is NOT_FOUND.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors/app-error";
import { memberAuditView } from "./member-audit-view";
import type { MemberInput } from "./member-schema";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function updateFamilyMember(actor: Actor, memberId: string, input: MemberInput): Promise<void> {
  assertOwnFamilyAccess(actor, "update");
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.familyMember.findFirst({
        where: { id: memberId, family: { applicantId: actor.id } },
        select: {
          iin: true, role: true, birthDate: true, education: true, fullTimeStudent: true, excellentStudent: true,
          disability: true, homeSchooled: true, employed: true, monthlyIncomeTenge: true,
        },
      });
      if (!before) throw new AppError("NOT_FOUND");
      await tx.familyMember.update({ where: { id: memberId }, data: input });
      await recordAudit(tx, {
        actor,
        action: "family-member.update",
        entityType: "FamilyMember",
        entityId: memberId,
        before: memberAuditView(before),
        // Whether the IIN changed, never the IIN itself.
        after: { ...memberAuditView(input), iinChanged: before.iin !== input.iin },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, "iin")) throw new AppError("CONFLICT", "iinUnavailable");
    throw error;
  }
}
