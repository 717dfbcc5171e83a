import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { getOwnApplication } from "@/lib/applications/family-actions/get-own-application";
import { loadForPage } from "@/lib/auth/page-access";
import { Link, localizedHref } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { WithdrawForm } from "./withdraw-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications");
  return { title: t("withdraw.link") };
}

/** The confirmation step of withdrawing: a page of its own, so it works without JavaScript. */
export default async function WithdrawApplicationPage({ params }: { params: Promise<{ locale: Locale; applicationId: string }> }) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const application = await loadForPage(locale, `/applications/${applicationId}/withdraw`, (user) => getOwnApplication(user, applicationId));
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("applications.withdraw.title", { reference: application.reference })}</h1>
      <p>
        {t(`measures.${application.measure}`)} · {t("applications.detail.status")}: <strong>{t(`statuses.${application.status}`)}</strong>
      </p>
      {application.can.withdraw ? (
        <WithdrawForm
          applicationId={application.id}
          version={application.version}
          text={{
            summaryTitle: t("errors.summaryTitle"),
            warning: t("applications.withdraw.warning"),
            confirm: t("applications.withdraw.confirm"),
            cancel: t("applications.withdraw.cancel"),
            cancelHref: localizedHref(locale, `/applications/${application.id}`),
          }}
        />
      ) : (
        <>
          <Alert tone="info">{t("applications.withdraw.notPossible")}</Alert>
          <p>
            <Link href={`/applications/${application.id}`} className="font-semibold text-blue-800 underline">
              {t("applications.withdraw.cancel")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
