// One member of the actor's own family, for the edit page. The IIN is returned because
// the form edits it; it goes into the form, never into the address.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function getOwnMember(actor: Actor, memberId: string) {
  assertOwnFamilyAccess(actor, "read");
  const member = await db.familyMember.findFirst({
    where: { id: memberId, family: { applicantId: actor.id } },
    select: {
      id: true, fullName: true, iin: true, birthDate: true, role: true, relation: true, education: true,
      fullTimeStudent: true, excellentStudent: true, disability: true, homeSchooled: true, employed: true,
      monthlyIncomeTenge: true,
    },
  });
  if (!member) throw new AppError("NOT_FOUND");
  return member;
}
