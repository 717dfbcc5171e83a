// Adds a person to the actor's own family. An IIN can belong to one family only
// (FamilyMember.iin is unique); when it is taken, the refusal says nothing about where.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors/app-error";
import { findOwnFamilyId } from "./find-own-family";
import { memberAuditView } from "./member-audit-view";
import type { MemberInput } from "./member-schema";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function addFamilyMember(actor: Actor, input: MemberInput): Promise<{ id: string }> {
  assertOwnFamilyAccess(actor, "update");
  try {
    return await db.$transaction(async (tx) => {
      const familyId = await findOwnFamilyId(tx, actor.id);
      const last = await tx.familyMember.aggregate({ where: { familyId }, _max: { position: true } });
      const member = await tx.familyMember.create({
        data: { ...input, familyId, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      await recordAudit(tx, { actor, action: "family-member.create", entityType: "FamilyMember", entityId: member.id, after: memberAuditView(input) });
      return member;
    });
  } catch (error) {
    // Caught rather than looked up first: no query ever asks about other families.
    if (isUniqueViolation(error, "iin")) throw new AppError("CONFLICT", "iinUnavailable");
    throw error;
  }
}
