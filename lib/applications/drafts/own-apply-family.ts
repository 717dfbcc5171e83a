// The signed-in family as the apply flows need it: the engine's snapshot plus names, and
// the applicant's phone for consent codes. Only the family's own applicant reaches it.
import "server-only";
import { accessLevel, assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { FAMILY_SNAPSHOT_SELECT } from "@/lib/families/family-snapshot";

const APPLY_FAMILY_SELECT = {
  ...FAMILY_SNAPSHOT_SELECT,
  id: true,
  members: {
    ...FAMILY_SNAPSHOT_SELECT.members,
    select: { ...FAMILY_SNAPSHOT_SELECT.members.select, fullName: true },
  },
} as const;

async function findApplyFamily(actor: Actor) {
  assertCan(actor, "create", "application", { ownerUserId: actor.id });
  // Staff read families through their own screens; this one is the family's own.
  if (accessLevel(actor, "create", "application") !== "own") throw new AppError("FORBIDDEN");
  return db.family.findUnique({ where: { applicantId: actor.id }, select: APPLY_FAMILY_SELECT });
}

export type ApplyFamily = NonNullable<Awaited<ReturnType<typeof findApplyFamily>>>;

/** The actor's own family, or null when they have not entered a family profile yet. */
export function findOwnApplyFamily(actor: Actor): Promise<ApplyFamily | null> {
  return findApplyFamily(actor);
}

/** The actor's own family; NOT_FOUND without one (actions only run after the profile exists). */
export async function requireOwnApplyFamily(actor: Actor): Promise<ApplyFamily> {
  const family = await findApplyFamily(actor);
  if (!family) throw new AppError("NOT_FOUND");
  return family;
}
