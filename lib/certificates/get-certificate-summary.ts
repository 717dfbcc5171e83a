// The housing certificate of an application, for staff who may read certificates of the
// family's district (the review page). NOT_FOUND for an application out of their reach.
import "server-only";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { AppError } from "@/lib/errors/app-error";
import { CERTIFICATE_SUMMARY_SELECT, toSummaryView, type CertificateSummaryView } from "./certificate-summary-view";

/** Null when the application has no certificate (yet). */
export async function getCertificateSummary(actor: Actor, applicationId: string, today: string = dateInAlmaty(new Date())): Promise<CertificateSummaryView | null> {
  assertCan(actor, "read", "certificate");
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: { family: { select: { applicantId: true, district: true } }, certificate: { select: CERTIFICATE_SUMMARY_SELECT } },
  });
  if (!application || !can(actor, "read", "certificate", { ownerUserId: application.family.applicantId, district: application.family.district })) {
    throw new AppError("NOT_FOUND");
  }
  return application.certificate ? toSummaryView(application.certificate, today) : null;
}
