import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmConsentForm } from "@/components/apply/confirm-consent-form";
import { SendCodeForm } from "@/components/apply/send-code-form";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";
import { measureFromSlug } from "@/lib/applications/flows/measure-slug";
import { loadForPage } from "@/lib/auth/page-access";
import { confirmConsentAction } from "@/lib/consent/actions/confirm-consent-action";
import { sendConsentCodeAction } from "@/lib/consent/actions/send-consent-code-action";
import { getOwnConsentOverview } from "@/lib/consent/consent-status";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  params: Promise<{ locale: Locale; slug: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("consent");
  return { title: t("title") };
}

export default async function ConsentPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (!measureFromSlug(slug)) notFound();
  const overview = await loadForPage(locale, `/apply/${slug}/consent`, (user) => getOwnConsentOverview(user, new Date()));
  const t = await getTranslations();
  const missing = overview.adults.filter((adult) => !adult.grantedAt);
  const applicantMissing = missing.some((adult) => adult.isApplicant);
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href={`/apply/${slug}/check`} className="text-blue-800 underline">
          {t("apply.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("consent.title")}</h1>
      <p>{t("consent.lead")}</p>
      <p>{t("consent.purpose")}</p>
      <Table
        caption={t("consent.adultsCaption")}
        headers={[t("consent.nameColumn"), t("consent.statusColumn")]}
        rows={overview.adults.map((adult) => [
          adult.isApplicant ? t("consent.you", { name: adult.fullName }) : adult.fullName,
          adult.grantedAt ? t("consent.given", { date: formatDate(locale, adult.grantedAt) }) : t("consent.missing"),
        ])}
      />
      {overview.isComplete ? (
        <Alert tone="success">
          <p>{t("consent.allDone")}</p>
          <p className="mt-2">
            <Link href={`/apply/${slug}/check`} className="font-semibold text-blue-800 underline">
              {t("consent.backToCheck")}
            </Link>
          </p>
        </Alert>
      ) : (
        <>
          <section aria-labelledby="send-heading" className="space-y-3">
            <h2 id="send-heading" className="text-2xl font-bold">
              {t("consent.sendHeading")}
            </h2>
            {overview.maskedPhone ? (
              <>
                <p>{t("consent.sendText", { phone: overview.maskedPhone })}</p>
                <SendCodeForm action={sendConsentCodeAction.bind(null, slug)} text={{ send: t("consent.sendButton"), resend: t("consent.resendButton") }} />
              </>
            ) : (
              <Alert tone="error">{t("consent.noPhone")}</Alert>
            )}
          </section>
          <section aria-labelledby="confirm-heading" className="space-y-3">
            <h2 id="confirm-heading" className="text-2xl font-bold">
              {t("consent.confirmHeading")}
            </h2>
            <ConfirmConsentForm
              action={confirmConsentAction.bind(null, slug)}
              applicantMustAgree={applicantMissing}
              others={missing.filter((adult) => !adult.isApplicant).map((adult) => ({ memberId: adult.memberId, label: t("consent.confirmOther", { name: adult.fullName }) }))}
              text={{
                summaryTitle: t("errors.summaryTitle"),
                required: t("common.required"),
                applicantAgrees: t("consent.applicantAgrees"),
                othersLegend: t("consent.othersLegend"),
                othersHint: t("consent.othersHint"),
                codeLabel: t("consent.codeLabel"),
                codeHint: t("consent.codeHint"),
                confirmButton: t("consent.confirmButton"),
              }}
            />
          </section>
        </>
      )}
    </div>
  );
}
