// The housing certificates of the demo data: every approved HOUSING_CERTIFICATE application
// gets the certificate the approval would have issued (lib/certificates), numbered in the
// order of approval, so a stranger can verify a printed one and a family can download it.
//
// Deterministic: rows are read back in a fixed order (approval time, then id) and each
// verification token comes from the seeded generator, never from node:crypto.
import { certificateValidUntil } from "@/lib/certificates/certificate-dates";
import { formatCertificateNumber } from "@/lib/certificates/issue-housing-certificate";
import { encodeVerificationToken, VERIFICATION_TOKEN_BYTES } from "@/lib/certificates/verification-token";
import type { Database } from "@/lib/db/create-client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { resolveParameter } from "@/lib/eligibility/parameters/resolve";
import { maskIin } from "@/lib/iin";
import type { Prisma } from "@/prisma/generated/client";
import type { Random } from "./random";

type Executor = Pick<Database, "$queryRawUnsafe" | "$executeRawUnsafe" | "housingCertificate">;

interface ApprovedCertificateApplication {
  id: string;
  decidedAt: Date;
  amountTenge: number;
  fullName: string;
  iin: string;
}

function randomToken(random: Random): string {
  return encodeVerificationToken(Uint8Array.from({ length: VERIFICATION_TOKEN_BYTES }, () => random.int(0, 255)));
}

/** Issues the certificates of the seeded approvals; returns how many. Call after the applications are inserted. */
export async function seedHousingCertificates(tx: Executor, random: Random): Promise<number> {
  const approved = await tx.$queryRawUnsafe<ApprovedCertificateApplication[]>(`
    SELECT a."id", a."decidedAt", COALESCE(d."amountTenge", a."amountTenge") AS "amountTenge", u."fullName", u."iin"
      FROM "Application" a
      JOIN "Family" f ON f."id" = a."familyId"
      JOIN "User" u ON u."id" = f."applicantId"
      LEFT JOIN "Decision" d ON d."applicationId" = a."id" AND d."outcome" = 'APPROVED'
     WHERE a."measure" = 'HOUSING_CERTIFICATE' AND a."status" = 'APPROVED'
       AND a."decidedAt" IS NOT NULL AND COALESCE(d."amountTenge", a."amountTenge") IS NOT NULL
     ORDER BY a."decidedAt", a."id"`);
  if (approved.length === 0) return 0;

  // The validity in force on the issue day; demo approvals older than the first recorded
  // value (before 2025) take that first value, as the seed's other history does.
  const validity = DEFAULT_PARAMETERS.HOUSING_CERTIFICATE_VALIDITY_MONTHS;
  const firstDay = validity.values[0]?.effectiveFrom ?? "0000-01-01";
  const validityMonthsOn = (issuedOn: string) => resolveParameter(validity, issuedOn < firstDay ? firstDay : issuedOn).value;

  const rows: Prisma.HousingCertificateCreateManyInput[] = approved.map((application, index) => {
    const issuedOn = dateInAlmaty(application.decidedAt);
    return {
      id: `hc_${application.id.slice(4)}`,
      number: formatCertificateNumber(Number(issuedOn.slice(0, 4)), index + 1),
      applicationId: application.id,
      amountTenge: application.amountTenge,
      issuedAt: application.decidedAt,
      validUntil: certificateValidUntil(issuedOn, validityMonthsOn(issuedOn)),
      holderName: application.fullName,
      holderIinMasked: maskIin(application.iin),
      verificationToken: randomToken(random),
      createdAt: application.decidedAt,
    };
  });
  await tx.housingCertificate.createMany({ data: rows });
  // Certificates issued later continue after the seeded numbers.
  await tx.$executeRawUnsafe(`SELECT setval('housing_certificate_number_seq', ${rows.length})`);
  return rows.length;
}
