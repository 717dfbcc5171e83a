// What a page shows about an issued certificate (the family's page, the staff review page).
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { certificateStatusOn, type CertificateStatus } from "./certificate-status";

export interface CertificateSummaryView {
  id: string;
  number: string;
  amountTenge: number;
  /** Civil dates in Almaty, `YYYY-MM-DD`. */
  issuedOn: string;
  validUntil: string;
  status: CertificateStatus;
  /** The PDF route; it checks access again on every download. */
  downloadHref: string;
}

/** The HousingCertificate columns a summary needs (Prisma `select`). */
export const CERTIFICATE_SUMMARY_SELECT = { id: true, number: true, amountTenge: true, issuedAt: true, validUntil: true, revokedAt: true } as const;

export function toSummaryView(
  certificate: { id: string; number: string; amountTenge: number; issuedAt: Date; validUntil: Date; revokedAt: Date | null },
  today: string,
): CertificateSummaryView {
  return {
    id: certificate.id,
    number: certificate.number,
    amountTenge: certificate.amountTenge,
    issuedOn: dateInAlmaty(certificate.issuedAt),
    validUntil: certificate.validUntil.toISOString().slice(0, 10),
    status: certificateStatusOn(certificate, today),
    downloadHref: `/api/certificates/${certificate.id}/pdf`,
  };
}
