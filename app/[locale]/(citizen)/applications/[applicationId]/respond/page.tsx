import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { MessageForm } from "@/components/applications/message-form";
import { DocumentAttachments } from "@/components/documents/document-attachments";
import { Alert } from "@/components/ui/alert";
import { answerInformationRequestAction } from "@/lib/applications/family-actions/actions/answer-information-request";
import { getOwnApplication } from "@/lib/applications/family-actions/get-own-application";
import { loadForPage } from "@/lib/auth/page-access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications");
  return { title: t("respond.title") };
}

export default async function RespondPage({ params }: { params: Promise<{ locale: Locale; applicationId: string }> }) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const application = await loadForPage(locale, `/applications/${applicationId}/respond`, (user) => getOwnApplication(user, applicationId));
  const request = application.informationRequest;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("applications.respond.title")}</h1>
      <p>{t("applications.respond.lead", { reference: application.reference })}</p>
      {request ? (
        <div className="space-y-1 border-l-4 border-blue-800 bg-blue-50 p-4">
          <p className="font-bold">{t("applications.respond.question")}</p>
          {request.message ? <p className="whitespace-pre-line break-words">{request.message}</p> : null}
          {request.respondBy ? <p className="font-semibold">{t("applications.request.answerBy", { date: formatDateTime(locale, request.respondBy) })}</p> : null}
        </div>
      ) : null}
      {request?.canAnswer ? (
        <>
          {/* Its own form (forms cannot nest): documents are attached first, then the answer is sent. */}
          <DocumentAttachments applicationId={application.id} />
          <section aria-labelledby="answer-heading" className="space-y-4">
            <h2 id="answer-heading" className="text-xl font-bold">
              {t("applications.respond.answerHeading")}
            </h2>
            <MessageForm
              action={answerInformationRequestAction}
              field="message"
              applicationId={application.id}
              version={application.version}
              text={{
                summaryTitle: t("errors.summaryTitle"),
                required: t("common.required"),
                label: t("applications.respond.messageLabel"),
                hint: t("applications.respond.messageHint"),
                submit: t("applications.respond.submit"),
              }}
            />
          </section>
        </>
      ) : request ? (
        <Alert tone="info">{t("applications.request.deadlinePassed", { date: request.respondBy ? formatDateTime(locale, request.respondBy) : "" })}</Alert>
      ) : (
        <Alert tone="info">
          {t("applications.errors.notAllowed")} ({t(`statuses.${application.status}`)})
        </Alert>
      )}
      <p>
        <Link href={`/applications/${application.id}`} className="text-blue-800 underline">
          {t("applications.detail.backToApplication")}
        </Link>
      </p>
    </div>
  );
}
