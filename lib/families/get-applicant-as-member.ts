// The applicant usually belongs to the family they manage: this offers their own name,
// IIN and birth date for the member form, unless they are already listed.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { parseIin } from "@/lib/iin";
import { assertOwnFamilyAccess } from "./own-family-access";

export async function getApplicantAsMember(actor: Actor): Promise<{ fullName: string; iin: string; birthDate: string } | null> {
  assertOwnFamilyAccess(actor, "read");
  const account = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fullName: true, iin: true } });
  const listed = await db.familyMember.count({ where: { iin: account.iin, family: { applicantId: actor.id } } });
  if (listed > 0) return null;
  const parsed = parseIin(account.iin);
  return { fullName: account.fullName, iin: account.iin, birthDate: parsed.ok ? parsed.value.birthDate : "" };
}
