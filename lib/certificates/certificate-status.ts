// Whether a certificate can be used on a given day. The day comes from the caller (the
// edge of the app reads the clock), so the rule is testable for any date.

export type CertificateStatus = "VALID" | "EXPIRED" | "REVOKED";

/** `today` and the stored `validUntil` are civil dates in Almaty; the last valid day counts as valid. */
export function certificateStatusOn(certificate: { validUntil: Date; revokedAt: Date | null }, today: string): CertificateStatus {
  if (certificate.revokedAt) return "REVOKED";
  return certificate.validUntil.toISOString().slice(0, 10) >= today ? "VALID" : "EXPIRED";
}
