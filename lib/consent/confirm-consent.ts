// Records the adults' consent once the applicant enters the code from the SMS and, for
// each other adult, confirms that person agreed in person. Wrong codes count; five end it.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { requireOwnApplyFamily } from "@/lib/applications/drafts/own-apply-family";
import { isConsentCodeMatch } from "./consent-code";
import { APPLICATION_CONSENT_PURPOSE, CONSENT_CODE_MAX_ATTEMPTS } from "./consent-rules";
import { findApplicantMemberId, findMissingConsents } from "./consent-status";

export const confirmConsentSchema = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/, "codeFormat"),
  confirmMemberIds: z.array(z.string().min(1).max(64)).max(20),
  applicantAgrees: z.literal("yes").optional(),
});

export type ConfirmConsentInput = z.infer<typeof confirmConsentSchema>;

export type ConfirmConsentResult =
  | { kind: "recorded"; memberIds: string[] }
  | { kind: "confirm-others"; memberIds: string[] }
  | { kind: "applicant-must-agree" }
  | { kind: "no-code" }
  | { kind: "expired" }
  | { kind: "too-many-attempts" }
  | { kind: "wrong-code"; attemptsLeft: number };

export async function confirmConsent(actor: Actor, input: ConfirmConsentInput, options: { now: Date }): Promise<ConfirmConsentResult> {
  const family = await requireOwnApplyFamily(actor);
  const missing = await findMissingConsents(db, family.id, family.members, options.now);
  if (missing.length === 0) return { kind: "recorded", memberIds: [] };
  const applicantMemberId = await findApplicantMemberId(actor.id, family.id);

  // The boxes are checked before the code, so a forgotten box does not burn an attempt.
  const unconfirmed = missing.filter((memberId) => memberId !== applicantMemberId && !input.confirmMemberIds.includes(memberId));
  if (unconfirmed.length) return { kind: "confirm-others", memberIds: unconfirmed };
  if (applicantMemberId && missing.includes(applicantMemberId) && input.applicantAgrees !== "yes") return { kind: "applicant-must-agree" };

  const challenge = await db.consentChallenge.findFirst({
    where: { familyId: family.id, purpose: APPLICATION_CONSENT_PURPOSE, confirmedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true, expiresAt: true, attempts: true },
  });
  if (!challenge) return { kind: "no-code" };
  if (challenge.attempts >= CONSENT_CODE_MAX_ATTEMPTS) return { kind: "too-many-attempts" };
  if (challenge.expiresAt <= options.now) return { kind: "expired" };

  if (!isConsentCodeMatch(input.code, challenge.codeHash)) {
    // Counted in the database, conditionally, so parallel guesses cannot exceed the limit.
    await db.consentChallenge.updateMany({ where: { id: challenge.id, attempts: { lt: CONSENT_CODE_MAX_ATTEMPTS } }, data: { attempts: { increment: 1 } } });
    const { attempts } = await db.consentChallenge.findUniqueOrThrow({ where: { id: challenge.id }, select: { attempts: true } });
    if (attempts >= CONSENT_CODE_MAX_ATTEMPTS) return { kind: "too-many-attempts" };
    return { kind: "wrong-code", attemptsLeft: CONSENT_CODE_MAX_ATTEMPTS - attempts };
  }

  return db.$transaction(async (tx) => {
    const used = await tx.consentChallenge.updateMany({
      where: { id: challenge.id, confirmedAt: null, attempts: { lt: CONSENT_CODE_MAX_ATTEMPTS } },
      data: { confirmedAt: options.now },
    });
    // The same code entered twice at once: the first one records, the second finds it used.
    if (used.count === 0) return { kind: "no-code" } as const;
    await tx.consent.createMany({
      data: missing.map((memberId) => ({ familyId: family.id, memberId, purpose: APPLICATION_CONSENT_PURPOSE, grantedAt: options.now })),
    });
    await recordAudit(tx, {
      actor,
      action: "consent.record",
      entityType: "Family",
      entityId: family.id,
      after: { purpose: APPLICATION_CONSENT_PURPOSE, memberIds: missing, challengeId: challenge.id, inPersonMemberIds: missing.filter((id) => id !== applicantMemberId) },
    });
    return { kind: "recorded", memberIds: missing } as const;
  });
}
