// A citizen starts their family profile: where the family lives. Members, incomes and
// housing are added afterwards, one page each.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors/app-error";
import type { FamilyAddressInput } from "./family-schemas";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function createOwnFamily(actor: Actor, input: FamilyAddressInput): Promise<{ id: string }> {
  assertOwnFamilyAccess(actor, "update");
  try {
    return await db.$transaction(async (tx) => {
      const family = await tx.family.create({
        data: { applicantId: actor.id, district: input.district, address: input.address },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "family.create",
        entityType: "Family",
        entityId: family.id,
        after: { district: input.district, address: input.address },
      });
      return family;
    });
  } catch (error) {
    // One family per applicant (Family.applicantId is unique): a second create is a repeat.
    if (isUniqueViolation(error, "applicantId")) throw new AppError("CONFLICT", "familyExists");
    throw error;
  }
}
