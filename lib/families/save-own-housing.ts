// The family's housing situation, read by the housing measures. One row per family,
// created on first save.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { HousingInput } from "./family-schemas";
import { findOwnFamilyId } from "./find-own-family";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function saveOwnHousing(actor: Actor, input: HousingInput): Promise<void> {
  assertOwnFamilyAccess(actor, "update");
  await db.$transaction(async (tx) => {
    const familyId = await findOwnFamilyId(tx, actor.id);
    const before = await tx.housingSituation.findUnique({
      where: { familyId },
      select: { inHousingQueue: true, ownsHome: true, savingsTenge: true, apartmentPriceTenge: true },
    });
    await tx.housingSituation.upsert({ where: { familyId }, create: { familyId, ...input }, update: input });
    await recordAudit(tx, {
      actor,
      action: before ? "housing.update" : "housing.create",
      entityType: "HousingSituation",
      entityId: familyId,
      before: before ?? undefined,
      after: input,
    });
  });
}
