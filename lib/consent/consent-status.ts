// Which adults of the family have consented to data processing for applications, and who
// still must. Read before showing the consent page and again inside submission.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { maskPhone } from "./mask-phone";
import { APPLICATION_CONSENT_PURPOSE, isConsentingAdult } from "./consent-rules";
import { requireOwnApplyFamily } from "@/lib/applications/drafts/own-apply-family";
import type { MemberRole } from "@/prisma/generated/enums";

type ConsentReader = Pick<typeof db, "consent">;

export interface AdultConsent {
  memberId: string;
  fullName: string;
  isApplicant: boolean;
  grantedAt: Date | null;
}

/** Adult member ids that have no live consent for applications. */
export async function findMissingConsents(
  reader: ConsentReader,
  familyId: string,
  members: readonly { id: string; role: MemberRole; birthDate: Date }[],
  now: Date,
): Promise<string[]> {
  const today = dateInAlmaty(now);
  const adults = members.filter((member) => isConsentingAdult(member, today)).map((member) => member.id);
  const consents = await reader.consent.findMany({
    where: { familyId, purpose: APPLICATION_CONSENT_PURPOSE, revokedAt: null, memberId: { in: adults } },
    select: { memberId: true },
  });
  const consented = new Set(consents.map((consent) => consent.memberId));
  return adults.filter((memberId) => !consented.has(memberId));
}

export interface ConsentOverview {
  adults: AdultConsent[];
  maskedPhone: string | null;
  isComplete: boolean;
}

/** The consent page's view of the actor's own family. */
export async function getOwnConsentOverview(actor: Actor, now: Date): Promise<ConsentOverview> {
  const family = await requireOwnApplyFamily(actor);
  const applicantMemberId = await findApplicantMemberId(actor.id, family.id);
  const today = dateInAlmaty(now);
  const adults = family.members.filter((member) => isConsentingAdult(member, today));
  const consents = await db.consent.findMany({
    where: { familyId: family.id, purpose: APPLICATION_CONSENT_PURPOSE, revokedAt: null },
    orderBy: { grantedAt: "asc" },
    select: { memberId: true, grantedAt: true },
  });
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phone: true } });
  const result = adults.map((member) => ({
    memberId: member.id,
    fullName: member.fullName,
    isApplicant: member.id === applicantMemberId,
    grantedAt: consents.find((consent) => consent.memberId === member.id)?.grantedAt ?? null,
  }));
  return { adults: result, maskedPhone: user.phone ? maskPhone(user.phone) : null, isComplete: result.every((adult) => adult.grantedAt) };
}

/** The member who is the signed-in applicant (same IIN), or null if they are not listed. */
export async function findApplicantMemberId(userId: string, familyId: string): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { iin: true } });
  const member = await db.familyMember.findFirst({ where: { familyId, iin: user.iin }, select: { id: true } });
  return member?.id ?? null;
}
