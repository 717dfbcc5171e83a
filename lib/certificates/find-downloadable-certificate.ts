// Who may download a housing certificate: the family that holds it (the applicant of the
// application's family) and staff who may read certificates of that family's district (a
// caseworker their own district; supervisors and administrators any). Everyone else gets
// NOT_FOUND, the same as for an unknown id, so nobody learns which certificates exist.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/documents/document-id";
import { AppError } from "@/lib/errors/app-error";
import { CERTIFICATE_DOCUMENT_SELECT, type CertificateDocument } from "./certificate-document";

export async function findDownloadableCertificate(actor: Actor, certificateId: string): Promise<CertificateDocument & { id: string }> {
  if (!isRecordId(certificateId)) throw new AppError("NOT_FOUND");
  const certificate = await db.housingCertificate.findUnique({
    where: { id: certificateId },
    select: {
      id: true,
      ...CERTIFICATE_DOCUMENT_SELECT,
      application: { select: { id: true, family: { select: { applicantId: true, district: true } } } },
    },
  });
  if (!certificate) throw new AppError("NOT_FOUND");
  const { family } = certificate.application;
  if (!can(actor, "read", "certificate", { ownerUserId: family.applicantId, district: family.district })) throw new AppError("NOT_FOUND");
  if (actor.id !== family.applicantId) {
    // A document with a person's name on it leaving the system through staff is recorded.
    await recordAudit(db, {
      actor, action: "certificate.download", entityType: "HousingCertificate", entityId: certificate.id,
      after: { applicationId: certificate.application.id },
    });
  }
  return {
    id: certificate.id,
    number: certificate.number,
    amountTenge: certificate.amountTenge,
    issuedAt: certificate.issuedAt,
    validUntil: certificate.validUntil,
    holderName: certificate.holderName,
    holderIinMasked: certificate.holderIinMasked,
    verificationToken: certificate.verificationToken,
    revokedAt: certificate.revokedAt,
  };
}
