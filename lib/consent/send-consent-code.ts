// Sends the applicant a six-digit code by SMS (through the outbox) to confirm the adults'
// consent. Older unused codes stop working, so only the latest message counts.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { sendMessage } from "@/lib/notifications/outbox";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { requireOwnApplyFamily } from "@/lib/applications/drafts/own-apply-family";
import { generateConsentCode, hashConsentCode } from "./consent-code";
import { APPLICATION_CONSENT_PURPOSE, CONSENT_CODE_MAX_ATTEMPTS, CONSENT_CODE_TTL_MINUTES } from "./consent-rules";
import { findApplicantMemberId, findMissingConsents } from "./consent-status";
import { maskPhone } from "./mask-phone";

/** At most this many codes per family per hour: each one is an SMS someone pays for. */
const SEND_LIMIT = { max: 5, windowSeconds: 3_600 };

export type SendConsentCodeResult =
  | { kind: "sent"; maskedPhone: string }
  | { kind: "nothing-to-confirm" }
  | { kind: "no-phone" }
  | { kind: "rate-limited"; retryAfterSeconds: number };

export async function sendConsentCode(
  actor: Actor,
  options: { now: Date; renderBody: (code: string) => string },
): Promise<SendConsentCodeResult> {
  const family = await requireOwnApplyFamily(actor);
  const missing = await findMissingConsents(db, family.id, family.members, options.now);
  if (missing.length === 0) return { kind: "nothing-to-confirm" };
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phone: true } });
  if (!user.phone) return { kind: "no-phone" };
  const limit = await consumeRateLimit("consent-code", family.id, SEND_LIMIT);
  if (!limit.allowed) return { kind: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };

  const memberId = (await findApplicantMemberId(actor.id, family.id)) ?? missing[0]!;
  const code = generateConsentCode();
  await db.$transaction(async (tx) => {
    await tx.consentChallenge.updateMany({
      where: { familyId: family.id, purpose: APPLICATION_CONSENT_PURPOSE, confirmedAt: null },
      data: { attempts: CONSENT_CODE_MAX_ATTEMPTS },
    });
    const challenge = await tx.consentChallenge.create({
      data: {
        familyId: family.id,
        memberId,
        purpose: APPLICATION_CONSENT_PURPOSE,
        codeHash: hashConsentCode(code),
        expiresAt: new Date(options.now.getTime() + CONSENT_CODE_TTL_MINUTES * 60_000),
      },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "consent.send-code", entityType: "ConsentChallenge", entityId: challenge.id });
  });
  await sendMessage({ channel: "SMS", to: user.phone, body: options.renderBody(code), template: "consent.code" });
  return { kind: "sent", maskedPhone: maskPhone(user.phone) };
}
