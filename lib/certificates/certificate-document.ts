// The facts printed on a housing certificate, as stored at issue. Never the full IIN.

export interface CertificateDocument {
  number: string;
  amountTenge: number;
  issuedAt: Date;
  /** Last valid day (a civil date at UTC midnight). */
  validUntil: Date;
  holderName: string;
  holderIinMasked: string;
  verificationToken: string;
  revokedAt: Date | null;
}

/** The columns of HousingCertificate that make a CertificateDocument (Prisma `select`). */
export const CERTIFICATE_DOCUMENT_SELECT = {
  number: true,
  amountTenge: true,
  issuedAt: true,
  validUntil: true,
  holderName: true,
  holderIinMasked: true,
  verificationToken: true,
  revokedAt: true,
} as const;
