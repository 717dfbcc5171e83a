import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime, formatTenge } from "@/lib/i18n/format";
import { CertificateSummary } from "@/components/certificates/certificate-summary";
import { DecisionsSection } from "@/components/review/decisions-section";
import { DocumentsSection } from "@/components/review/documents-section";
import { FamilySection } from "@/components/review/family-section";
import { ReviewActions } from "@/components/review/review-actions";
import { ReviewTimeline } from "@/components/review/review-timeline";
import { VerdictComparison } from "@/components/review/verdict-comparison";
import { Alert } from "@/components/ui/alert";
import { loadForPage } from "@/lib/auth/page-access";
import { getCertificateSummary } from "@/lib/certificates/get-certificate-summary";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { getApplicationReview } from "@/lib/review/get-application-review";

type Params = Promise<{ locale: Locale; applicationId: string }>;
type Search = Promise<{ done?: string; notice?: string }>;

const DONE_KEYS = ["started", "approved", "confirmed", "returned", "rejected", "requested", "resumed", "noted"] as const;
const NOTICE_KEYS = ["changed", "notAllowed", "ownFamily", "firstApproverCannotConfirm", "awaitingSecondApproval"] as const;

// A caseworker's page shows personal data and changes by the minute: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("title") };
}

export default async function ReviewApplicationPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const [review, certificate] = await loadForPage(locale, `/staff/applications/${applicationId}`, (user) =>
    Promise.all([getApplicationReview(user, applicationId, locale), getCertificateSummary(user, applicationId)]),
  );
  const { done, notice } = await searchParams;
  const doneKey = DONE_KEYS.find((key) => key === done);
  const noticeKey = NOTICE_KEYS.find((key) => key === notice);
  const { application, pendingApproval } = review;
  const doneText = doneKey === "approved" && pendingApproval ? t("review.done.approvedFirst") : doneKey ? t(`review.done.${doneKey}`) : null;

  return (
    <div className="space-y-10">
      <p>
        <Link href="/staff" className="text-blue-800 underline">
          {t("review.backToQueue")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold break-words">{t("review.heading", { reference: application.reference })}</h1>
      {doneText ? (
        <Alert tone="success" live>
          {doneText}
        </Alert>
      ) : null}
      {noticeKey ? (
        <Alert tone="error" live>
          {t(`review.errors.${noticeKey}`)}
        </Alert>
      ) : null}
      {application.isOwnFamily ? <Alert tone="error">{t("review.ownFamily")}</Alert> : null}
      {pendingApproval ? (
        <Alert title={t("review.pending.heading")}>
          <p>
            {pendingApproval.amountTenge === null
              ? t("review.pending.textNoAmount", { name: pendingApproval.decidedByName, date: formatDateTime(locale, pendingApproval.createdAt) })
              : t("review.pending.text", { name: pendingApproval.decidedByName, date: formatDateTime(locale, pendingApproval.createdAt), amount: formatTenge(locale, pendingApproval.amountTenge) })}
          </p>
          {pendingApproval.isOwn ? <p className="mt-1 font-semibold">{t("review.pending.own")}</p> : null}
        </Alert>
      ) : null}

      <section aria-labelledby="summary-heading" className="space-y-2">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("review.summary.heading")}
        </h2>
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("review.summary.measure")}</dt>
          <dd>{t(`measures.${application.measure}`)}</dd>
          <dt className="font-semibold">{t("review.summary.subject")}</dt>
          <dd>{application.childName ?? t("review.summary.wholeFamily")}</dd>
          <dt className="font-semibold">{t("review.summary.status")}</dt>
          <dd className="font-bold">{t(`statuses.${application.status}`)}</dd>
          <dt className="font-semibold">{t("review.summary.submitted")}</dt>
          <dd>{application.submittedAt ? formatDateTime(locale, application.submittedAt) : t("review.summary.notSubmitted")}</dd>
          <dt className="font-semibold">{t("review.summary.dueAt")}</dt>
          <dd>{application.dueAt ? formatDateTime(locale, application.dueAt) : t("review.summary.noDueAt")}</dd>
          <dt className="font-semibold">{t("review.summary.assignee")}</dt>
          <dd>{application.assigneeName ?? t("review.summary.unassigned")}</dd>
          <dt className="font-semibold">{t("review.summary.amountRequested")}</dt>
          <dd>{application.amountTenge === null ? t("review.summary.noAmount") : formatTenge(locale, application.amountTenge)}</dd>
          {application.decidedAt ? (
            <>
              <dt className="font-semibold">{t("review.summary.decidedAt")}</dt>
              <dd>{formatDateTime(locale, application.decidedAt)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <ReviewActions locale={locale} review={review} />
      <VerdictComparison verdict={review.verdict} locale={locale} />

      <section aria-labelledby="duplicates-heading" className="space-y-2">
        <h2 id="duplicates-heading" className="text-2xl font-bold">
          {t("review.duplicates.heading")}
        </h2>
        {review.duplicates.length === 0 ? (
          <p>{t("review.duplicates.none")}</p>
        ) : (
          <Alert tone="error">
            <ul className="list-disc space-y-1 pl-6">
              {review.duplicates.map((duplicate) => {
                const ref = (chunks: React.ReactNode) =>
                  duplicate.canOpen ? (
                    <Link href={`/staff/applications/${duplicate.applicationId}`} className="text-blue-800 underline">
                      {chunks}
                    </Link>
                  ) : (
                    chunks
                  );
                const values = { reference: duplicate.reference, ref, status: t(`statuses.${duplicate.status}`), district: t(`districts.${duplicate.district}`) };
                return (
                  <li key={`${duplicate.kind}-${duplicate.applicationId}`}>
                    {duplicate.kind === "sameFamily"
                      ? t.rich("review.duplicates.sameFamily", values)
                      : duplicate.personName
                        ? t.rich("review.duplicates.otherFamily", { ...values, person: duplicate.personName })
                        : t.rich("review.duplicates.otherFamilyUnnamed", values)}
                  </li>
                );
              })}
            </ul>
          </Alert>
        )}
      </section>

      <FamilySection locale={locale} family={review.family} />
      <DocumentsSection locale={locale} documents={review.documents} />
      <DecisionsSection locale={locale} decisions={review.decisions} />
      {certificate ? <CertificateSummary certificate={certificate} locale={locale} /> : null}

      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-2xl font-bold">
          {t("review.timeline.heading")}
        </h2>
        <ReviewTimeline locale={locale} events={review.timeline} />
      </section>
    </div>
  );
}
