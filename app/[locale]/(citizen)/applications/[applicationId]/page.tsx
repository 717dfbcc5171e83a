import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { CertificateSummary } from "@/components/certificates/certificate-summary";
import { formatDateTime, formatTenge } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { getOwnApplication } from "@/lib/applications/family-actions/get-own-application";
import { loadForPage } from "@/lib/auth/page-access";
import { getOwnCertificate } from "@/lib/certificates/get-own-certificate";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Params = Promise<{ locale: Locale; applicationId: string }>;
const DONE_KEYS = ["withdrawn", "appealed", "answered"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications");
  return { title: t("title") };
}

export default async function ApplicationPage({ params, searchParams }: { params: Params; searchParams: Promise<{ done?: string }> }) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const application = await loadForPage(locale, `/applications/${applicationId}`, (user) => getOwnApplication(user, applicationId));
  const certificate =
    application.measure === "HOUSING_CERTIFICATE" ? await loadForPage(locale, `/applications/${applicationId}`, (user) => getOwnCertificate(user, applicationId)) : null;
  const { done } = await searchParams;
  const doneKey = DONE_KEYS.find((key) => key === done);
  const { decision, informationRequest } = application;
  const hasActions = application.can.withdraw || application.can.appeal || informationRequest !== null;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/applications" className="text-blue-800 underline">
          {t("applications.detail.backToList")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("applications.detail.title", { reference: application.reference })}</h1>
      {doneKey ? (
        <Alert tone="success" live>
          {t(`applications.done.${doneKey}`)}
        </Alert>
      ) : null}

      <section aria-labelledby="summary-heading" className="space-y-2">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("applications.detail.summaryHeading")}
        </h2>
        <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("applications.detail.measure")}</dt>
          <dd>{t(`measures.${application.measure}`)}</dd>
          <dt className="font-semibold">{t("applications.detail.child")}</dt>
          <dd>{application.childFirstName ?? t("applications.table.wholeFamily")}</dd>
          <dt className="font-semibold">{t("applications.detail.status")}</dt>
          <dd className="font-bold">{t(`statuses.${application.status}`)}</dd>
          {application.amountTenge !== null ? (
            <>
              <dt className="font-semibold">{t("applications.detail.amount")}</dt>
              <dd>{formatTenge(locale, application.amountTenge)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("applications.detail.submitted")}</dt>
          <dd>{application.submittedAt ? formatDateTime(locale, application.submittedAt) : t("applications.detail.notSubmitted")}</dd>
          <dt className="font-semibold">{t("applications.detail.lastUpdate")}</dt>
          <dd>{formatDateTime(locale, application.updatedAt)}</dd>
        </dl>
      </section>

      {decision ? (
        <section aria-labelledby="decision-heading" className="space-y-2">
          <h2 id="decision-heading" className="text-2xl font-bold">
            {t("applications.detail.decisionHeading")}
          </h2>
          <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("applications.detail.decisionOutcome")}</dt>
            <dd>{t(`applications.outcomes.${decision.outcome}`)}</dd>
            <dt className="font-semibold">{t("applications.detail.decisionDate")}</dt>
            <dd>{formatDateTime(locale, decision.createdAt)}</dd>
            {decision.amountTenge !== null ? (
              <>
                <dt className="font-semibold">{t("applications.detail.decisionAmount")}</dt>
                <dd>{formatTenge(locale, decision.amountTenge)}</dd>
              </>
            ) : null}
            {decision.explanation ? (
              <>
                <dt className="font-semibold">{t("applications.detail.decisionExplanation")}</dt>
                <dd className="whitespace-pre-line break-words">{decision.explanation}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {certificate ? <CertificateSummary certificate={certificate} locale={locale} /> : null}

      {hasActions ? (
        <section aria-labelledby="actions-heading" className="space-y-4">
          <h2 id="actions-heading" className="text-2xl font-bold">
            {t("applications.detail.actionsHeading")}
          </h2>
          {informationRequest ? (
            <div className="space-y-2 border-l-4 border-blue-800 bg-blue-50 p-4">
              <h3 className="text-xl font-bold">{t("applications.request.heading")}</h3>
              {informationRequest.message ? <p className="whitespace-pre-line break-words">{informationRequest.message}</p> : null}
              {informationRequest.canAnswer ? (
                <>
                  {informationRequest.respondBy ? (
                    <p className="font-semibold">{t("applications.request.answerBy", { date: formatDateTime(locale, informationRequest.respondBy) })}</p>
                  ) : null}
                  <p>
                    <Link href={`/applications/${application.id}/respond`} className="inline-block min-h-11 rounded bg-emerald-800 px-4 py-2 font-semibold text-white no-underline shadow-[0_2px_0_#022c22] hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
                      {t("applications.request.answerLink")}
                    </Link>
                  </p>
                </>
              ) : (
                <p>{t("applications.request.deadlinePassed", { date: informationRequest.respondBy ? formatDateTime(locale, informationRequest.respondBy) : "" })}</p>
              )}
            </div>
          ) : null}
          <ul className="space-y-2">
            {application.can.appeal ? (
              <li>
                <Link href={`/applications/${application.id}/appeal`} className="font-semibold text-blue-800 underline">
                  {t("applications.appeal.link")}
                </Link>
              </li>
            ) : null}
            {application.can.withdraw ? (
              <li>
                <Link href={`/applications/${application.id}/withdraw`} className="font-semibold text-blue-800 underline">
                  {t("applications.withdraw.link")}
                </Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-2xl font-bold">
          {t("applications.detail.timelineHeading")}
        </h2>
        <ApplicationTimeline locale={locale} events={application.timeline} />
      </section>
    </div>
  );
}
