// The actor's own family as the eligibility engine reads it, with the members' names for
// the page (the engine itself never sees a name or an IIN).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Family as EngineFamily } from "@/lib/eligibility";
import { AppError } from "@/lib/errors/app-error";
import { FAMILY_SNAPSHOT_SELECT, toEngineFamily } from "./family-snapshot";
import { assertOwnFamilyAccess } from "./own-family-access";

export interface OwnEngineFamily {
  family: EngineFamily;
  /** Member id → full name, in the engine's member order. */
  names: Map<string, string>;
}

export async function loadOwnEngineFamily(actor: Actor): Promise<OwnEngineFamily> {
  assertOwnFamilyAccess(actor, "read");
  const stored = await db.family.findUnique({ where: { applicantId: actor.id }, select: FAMILY_SNAPSHOT_SELECT });
  if (!stored) throw new AppError("NOT_FOUND");
  const names = await db.familyMember.findMany({
    where: { family: { applicantId: actor.id } },
    select: { id: true, fullName: true },
  });
  const byId = new Map(names.map((member) => [member.id, member.fullName]));
  return { family: toEngineFamily(stored), names: new Map(stored.members.map((member) => [member.id, byId.get(member.id) ?? ""])) };
}
