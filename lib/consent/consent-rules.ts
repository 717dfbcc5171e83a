// What consent to data processing means here: the purpose recorded, who must give it,
// and how long a confirmation code lives.
import { ageOn } from "@/lib/eligibility/dates";
import type { MemberRole } from "@/prisma/generated/enums";

export const APPLICATION_CONSENT_PURPOSE = "bakytty-otbasy-application";
export const CONSENT_CODE_TTL_MINUTES = 10;
export const CONSENT_CODE_MAX_ATTEMPTS = 5;
export const ADULT_AGE_YEARS = 18;

/** Adults who must consent: parents and other relatives aged 18 or more on `today` (YYYY-MM-DD). */
export function isConsentingAdult(member: { role: MemberRole; birthDate: Date }, today: string): boolean {
  if (member.role === "CHILD") return false;
  return ageOn(member.birthDate.toISOString().slice(0, 10), today) >= ADULT_AGE_YEARS;
}
