// Issues the housing certificate of a finally approved HOUSING_CERTIFICATE application.
// Called inside the approval's transaction, so an approval never exists without its
// certificate (nor a certificate without its approval). The holder's name and masked IIN
// are copied at issue: the printed document must not change when a profile is edited.
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { maskIin } from "@/lib/iin";
import type { Prisma } from "@/prisma/generated/client";
import { certificateValidUntil } from "./certificate-dates";
import { encodeVerificationToken, VERIFICATION_TOKEN_BYTES } from "./verification-token";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "housingCertificate" | "application">;

export interface IssueHousingCertificateInput {
  applicationId: string;
  amountTenge: number;
  issuedAt: Date;
  /** The validity parameter in force on the day of issue (HOUSING_CERTIFICATE_VALIDITY_MONTHS). */
  validityMonths: number;
  /** The issue day in Almaty, `YYYY-MM-DD`; the certificate is valid through the day before the same date `validityMonths` later. */
  issuedOn: string;
}

export interface IssuedHousingCertificate {
  id: string;
  number: string;
  verificationToken: string;
}

/** The printed number, e.g. HC-2026-000123. */
export function formatCertificateNumber(year: number, serial: number): string {
  return `HC-${year}-${String(serial).padStart(6, "0")}`;
}

export async function issueHousingCertificate(tx: Tx, input: IssueHousingCertificateInput): Promise<IssuedHousingCertificate> {
  // Money is whole tenge; a zero or fractional amount is a caller's bug, never a document.
  if (!Number.isSafeInteger(input.amountTenge) || input.amountTenge <= 0) throw new AppError("INVALID_INPUT", "amount-not-whole-tenge");
  const application = await tx.application.findUnique({
    where: { id: input.applicationId },
    select: { measure: true, family: { select: { applicant: { select: { fullName: true, iin: true } } } } },
  });
  if (!application) throw new AppError("NOT_FOUND");
  if (application.measure !== "HOUSING_CERTIFICATE") throw new AppError("CONFLICT", "not-a-housing-certificate");

  const rows = await tx.$queryRaw<{ serial: bigint }[]>`SELECT nextval('housing_certificate_number_seq') AS serial`;
  const number = formatCertificateNumber(Number(input.issuedOn.slice(0, 4)), Number(rows[0]?.serial));
  // 128 random bits, URL-safe: the QR code's link cannot be guessed or enumerated.
  const verificationToken = encodeVerificationToken(randomBytes(VERIFICATION_TOKEN_BYTES));
  const certificate = await tx.housingCertificate.create({
    data: {
      number,
      applicationId: input.applicationId,
      amountTenge: input.amountTenge,
      issuedAt: input.issuedAt,
      validUntil: certificateValidUntil(input.issuedOn, input.validityMonths),
      holderName: application.family.applicant.fullName,
      // The same masking as everywhere in the portal (lib/iin): only the last four digits.
      holderIinMasked: maskIin(application.family.applicant.iin),
      verificationToken,
    },
    select: { id: true, number: true, verificationToken: true },
  });
  return certificate;
}
