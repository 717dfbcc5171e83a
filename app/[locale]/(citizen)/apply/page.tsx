import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { VerdictSummary } from "@/components/apply/verdict-summary";
import { MeasureAvailabilityLine } from "@/components/measures-catalog/measure-availability-line";
import { getApplyOverview } from "@/lib/applications/drafts/get-apply-overview";
import { loadForPage } from "@/lib/auth/page-access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { publicCatalogForDisplay } from "@/lib/measures-catalog/public-display-reads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apply");
  return { title: t("title") };
}

export default async function ApplyOverviewPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const overview = await loadForPage(locale, "/apply", (user) => getApplyOverview(user, { now: new Date(), locale }));
  const catalog = await publicCatalogForDisplay(locale);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("apply.title")}</h1>
      {!overview.hasFamily ? (
        <Alert title={t("apply.noFamilyTitle")}>
          <p>{t("apply.noFamilyText")}</p>
          <p className="mt-2">
            <Link href="/family" className="font-semibold text-blue-800 underline">
              {t("apply.noFamilyLink")}
            </Link>
          </p>
        </Alert>
      ) : (
        <>
          <p>{t("apply.lead")}</p>
          <ul className="space-y-4">
            {overview.measures.map((measure) => (
              <li key={measure.code} className="space-y-2 border-b border-slate-300 pb-4">
                <h2 className="text-xl font-bold">{t(`measures.${measure.code}`)}</h2>
                <MeasureAvailabilityLine entry={catalog.get(measure.code)!} locale={locale} />
                <VerdictSummary verdict={measure.verdict} locale={locale} />
                {measure.openApplications.length ? (
                  <ul className="list-disc space-y-1 pl-6">
                    {measure.openApplications.map((application) => (
                      <li key={application.id}>
                        <Link href={`/applications/${application.id}`} className="text-blue-800 underline">
                          {application.memberName
                            ? t("apply.applicationLinkFor", { reference: application.reference, name: application.memberName, status: t(`statuses.${application.status}`) })
                            : t("apply.applicationLink", { reference: application.reference, status: t(`statuses.${application.status}`) })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {measure.isBlocked || (!measure.draftId && !catalog.get(measure.code)!.availability.isOpen) ? null : (
                  <p>
                    <Link href={`/apply/${measure.slug}`} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline">
                      {measure.draftId
                        ? t("apply.continueDraftFor", { measure: t(`measures.${measure.code}`) })
                        : t("apply.applyFor", { measure: t(`measures.${measure.code}`) })}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
