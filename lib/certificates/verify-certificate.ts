// The public check behind the QR code: verification token → number, amount, dates and
// whether the certificate can be used today. Nothing personal leaves this function (no
// name, no IIN, no application), and an unknown token answers like any other unknown
// token. Throttled per client so that trying tokens is pointless on top of their 128 bits.
import "server-only";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { env } from "@/lib/env";
import { hashPersonalKey } from "@/lib/security/hash-key";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { certificateStatusOn, type CertificateStatus } from "./certificate-status";
import { isVerificationToken } from "./verification-token";

/** Per client address: a bank clerk checks a few dozen certificates a day, not thousands. */
export const CERTIFICATE_CHECK_CLIENT_LIMIT = { max: 30, windowSeconds: 15 * 60 } as const;
export const CERTIFICATE_CHECK_CLIENT_BUCKET = "certificate-check-client";

export interface PublicCertificate {
  number: string;
  amountTenge: number;
  /** Civil dates in Almaty, `YYYY-MM-DD`. */
  issuedOn: string;
  validUntil: string;
  status: CertificateStatus;
}

export type CertificateCheckResult =
  | { kind: "found"; certificate: PublicCertificate }
  | { kind: "not_found" }
  | { kind: "throttled"; retryAfterSeconds: number };

function throttlingKey(address: string): string {
  // A client's address is personal data: the rate-limit table holds only a keyed hash.
  return hashPersonalKey(env().AUTH_SECRET ?? "bakytty-development-rate-limit", address);
}

/** `today` is the day in Almaty the answer is for (the page passes the current one). */
export async function verifyCertificate(token: string, client: { address: string }, today: string = dateInAlmaty(new Date())): Promise<CertificateCheckResult> {
  // Counted before anything else, malformed tokens included, so every attempt costs the same.
  const byClient = await consumeRateLimit(CERTIFICATE_CHECK_CLIENT_BUCKET, throttlingKey(client.address), CERTIFICATE_CHECK_CLIENT_LIMIT);
  if (!byClient.allowed) return { kind: "throttled", retryAfterSeconds: byClient.retryAfterSeconds };
  if (!isVerificationToken(token)) return { kind: "not_found" };
  // One lookup on the unique index, exact match only: a near-miss token finds nothing.
  const certificate = await db.housingCertificate.findUnique({
    where: { verificationToken: token },
    select: { number: true, amountTenge: true, issuedAt: true, validUntil: true, revokedAt: true },
  });
  if (!certificate) return { kind: "not_found" };
  return {
    kind: "found",
    certificate: {
      number: certificate.number,
      amountTenge: certificate.amountTenge,
      issuedOn: dateInAlmaty(certificate.issuedAt),
      validUntil: certificate.validUntil.toISOString().slice(0, 10),
      status: certificateStatusOn(certificate, today),
    },
  };
}
