import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { MEASURES_BY_AREA, type MeasureArea } from "@/lib/measures/areas";

export default async function LandingPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("landing.title")}</h1>
        <p className="max-w-3xl text-lg">{t("landing.lead")}</p>
        <div className="flex flex-wrap gap-4">
          <Link href="/register" className="inline-block min-h-11 rounded bg-emerald-800 px-5 py-3 font-semibold text-white no-underline shadow-[0_2px_0_#022c22] hover:bg-emerald-900">
            {t("landing.startNow")}
          </Link>
          <Link href="/sign-in" className="inline-block min-h-11 px-2 py-3 font-semibold">
            {t("landing.haveAccount")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="measures-heading" className="space-y-4">
        <h2 id="measures-heading" className="text-2xl font-bold">
          {t("landing.measuresHeading")}
        </h2>
        <div className="grid gap-6 sm:grid-cols-2">
          {(Object.entries(MEASURES_BY_AREA) as [MeasureArea, string[]][]).map(([area, measures]) => (
            <div key={area} className="border-t-4 border-emerald-800 pt-3">
              <h3 className="text-xl font-bold">{t(`measureAreas.${area}`)}</h3>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {measures.map((measure) => (
                  <li key={measure}>{t(`measures.${measure}` as Parameters<typeof t>[0])}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="how-heading" className="space-y-3">
        <h2 id="how-heading" className="text-2xl font-bold">
          {t("landing.howHeading")}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>{t("landing.stepAccount")}</li>
          <li>{t("landing.stepFamily")}</li>
          <li>{t("landing.stepApply")}</li>
        </ol>
      </section>
    </div>
  );
}
