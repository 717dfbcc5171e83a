import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeasuresAcceptingApplications } from "@/components/measures-catalog/measures-accepting-applications";
import { ProgrammeMeasures } from "@/components/screener/programme-measures";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { programmeAmountsForDisplay, publicCatalogForDisplay } from "@/lib/measures-catalog/public-display-reads";

const PRIMARY_LINK = "inline-block min-h-11 rounded bg-emerald-800 px-5 py-3 font-semibold text-white no-underline shadow-[0_2px_0_#022c22] hover:bg-emerald-900";

export default async function LandingPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The figures are today's: rendered per request (never frozen into a build), read through
  // a 30-second per-process cache (lib/measures-catalog/public-display-reads.ts).
  await connection();
  const [amounts, catalog] = await Promise.all([programmeAmountsForDisplay(), publicCatalogForDisplay(locale)]);
  const t = await getTranslations();
  const money = (value: number) => formatTenge(locale, value);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("landing.title")}</h1>
        <p className="max-w-3xl text-lg">{t("landing.lead")}</p>
        <div className="flex flex-wrap gap-4">
          <Link href="/register" className={PRIMARY_LINK}>
            {t("landing.startNow")}
          </Link>
          <Link href="/sign-in" className="inline-block min-h-11 px-2 py-3 font-semibold">
            {t("landing.haveAccount")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="screener-heading" className="grid gap-6 sm:grid-cols-2">
        <div className="space-y-2 bg-emerald-50 p-4">
          <h2 id="screener-heading" className="text-xl font-bold">
            {t("landing.checkFirst")}
          </h2>
          <p>{t("landing.screenerText")}</p>
          <Link href="/screener" className={PRIMARY_LINK}>
            {t("landing.screenerLink")}
          </Link>
        </div>
        <div className="space-y-2 bg-slate-100 p-4">
          <p>{t("landing.statusText")}</p>
          <Link href="/status" className="inline-block min-h-11 py-3 font-semibold">
            {t("landing.statusLink")}
          </Link>
        </div>
      </section>

      <MeasuresAcceptingApplications catalog={catalog} locale={locale} />

      <section aria-labelledby="measures-heading" className="space-y-4">
        <h2 id="measures-heading" className="text-2xl font-bold">
          {t("landing.measuresHeading")}
        </h2>
        <p>{t("landing.amountsAsOf", { date: formatDate(locale, new Date(`${amounts.asOf}T00:00:00Z`)) })}</p>
        <ProgrammeMeasures amounts={amounts} />
        <div className="space-y-1 border-l-4 border-blue-800 bg-blue-50 p-4">
          <h3 className="font-bold">{t("landing.definitionsHeading")}</h3>
          <p>
            {t("landing.lowIncomeDefinition", {
              povertyLine: money(amounts.povertyLineTenge),
              percent: amounts.povertyLinePercent,
              minimum: money(amounts.subsistenceMinimumTenge),
            })}
          </p>
          <p>
            {t("landing.largeFamilyDefinition", {
              children: amounts.largeFamilyMinChildren,
              minorAge: amounts.minorAgeYears,
              studentAge: amounts.studentUnderAgeYears,
            })}
          </p>
        </div>
      </section>

      <section aria-labelledby="how-heading" className="space-y-3">
        <h2 id="how-heading" className="text-2xl font-bold">
          {t("landing.howHeading")}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            <Link href="/screener">{t("landing.stepCheck")}</Link>
          </li>
          <li>{t("landing.stepAccount")}</li>
          <li>{t("landing.stepFamily")}</li>
          <li>{t("landing.stepApply")}</li>
        </ol>
      </section>
    </div>
  );
}
