// The housing certificate of one of the family's applications, for the family's own
// application page: what it needs to show and a link to the PDF, nothing more.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { AppError } from "@/lib/errors/app-error";
import { CERTIFICATE_SUMMARY_SELECT, toSummaryView, type CertificateSummaryView } from "./certificate-summary-view";

/** Null when the application has no certificate; NOT_FOUND when the application is not the actor's family's. */
export async function getOwnCertificate(actor: Actor, applicationId: string, today: string = dateInAlmaty(new Date())): Promise<CertificateSummaryView | null> {
  assertCan(actor, "read", "certificate");
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      family: { select: { applicantId: true } },
      certificate: { select: CERTIFICATE_SUMMARY_SELECT },
    },
  });
  // Only the family's own: staff read certificates through the review page (getCertificateSummary in get-certificate-summary.ts).
  if (!application || application.family.applicantId !== actor.id) throw new AppError("NOT_FOUND");
  const { certificate } = application;
  return certificate ? toSummaryView(certificate, today) : null;
}
