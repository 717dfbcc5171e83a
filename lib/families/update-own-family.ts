// Changes to the family row: address and district, other household income, a declared
// difficult life situation. Each page sends only its own fields.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { FamilyChanges } from "./family-schemas";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function updateOwnFamily(actor: Actor, changes: FamilyChanges): Promise<void> {
  assertOwnFamilyAccess(actor, "update");
  const fields = Object.keys(changes) as (keyof FamilyChanges)[];
  await db.$transaction(async (tx) => {
    const before = await tx.family.findUnique({
      where: { applicantId: actor.id },
      select: { id: true, district: true, address: true, otherMonthlyIncomeTenge: true, difficultLifeSituation: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.family.update({ where: { id: before.id }, data: changes });
    await recordAudit(tx, {
      actor,
      action: "family.update",
      entityType: "Family",
      entityId: before.id,
      before: Object.fromEntries(fields.map((field) => [field, before[field]])),
      after: Object.fromEntries(fields.map((field) => [field, changes[field] ?? null])),
    });
  });
}
