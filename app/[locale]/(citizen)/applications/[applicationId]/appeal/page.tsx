import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MessageForm } from "@/components/applications/message-form";
import { Alert } from "@/components/ui/alert";
import { appealRejectionAction } from "@/lib/applications/family-actions/actions/appeal-rejection";
import { getOwnApplication } from "@/lib/applications/family-actions/get-own-application";
import { loadForPage } from "@/lib/auth/page-access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications");
  return { title: t("appeal.title") };
}

export default async function AppealPage({ params }: { params: Promise<{ locale: Locale; applicationId: string }> }) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const application = await loadForPage(locale, `/applications/${applicationId}/appeal`, (user) => getOwnApplication(user, applicationId));
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("applications.appeal.title")}</h1>
      <p>{t("applications.appeal.lead", { reference: application.reference })}</p>
      {application.decision?.explanation ? (
        <div className="space-y-1 border-l-4 border-slate-700 bg-slate-50 p-4">
          <p className="font-bold">{t("applications.detail.decisionExplanation")}</p>
          <p className="whitespace-pre-line break-words">{application.decision.explanation}</p>
        </div>
      ) : null}
      {application.can.appeal ? (
        <MessageForm
          action={appealRejectionAction}
          field="reason"
          applicationId={application.id}
          version={application.version}
          text={{
            summaryTitle: t("errors.summaryTitle"),
            required: t("common.required"),
            label: t("applications.appeal.reasonLabel"),
            hint: t("applications.appeal.reasonHint"),
            submit: t("applications.appeal.submit"),
          }}
        />
      ) : (
        <Alert tone="info">{t("applications.appeal.notPossible")}</Alert>
      )}
      <p>
        <Link href={`/applications/${application.id}`} className="text-blue-800 underline">
          {t("applications.detail.backToApplication")}
        </Link>
      </p>
    </div>
  );
}
