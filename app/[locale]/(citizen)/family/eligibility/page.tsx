import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { amountText, MeasureVerdict } from "@/components/family/measure-verdict";
import { loadForPage } from "@/lib/auth/page-access";
import { isAppError } from "@/lib/errors/app-error";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { getOwnFamilyEligibility, type OwnFamilyEligibility } from "@/lib/families/get-own-family-eligibility";
import { measureSlug } from "@/lib/families/measure-slug";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("eligibilityView");
  return { title: t("title") };
}

const OUTCOME_STYLE = { eligible: "font-bold text-emerald-800", review: "font-bold text-amber-900", not_eligible: "text-slate-800" } as const;

export default async function EligibilityPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  // The page is the edge that reads the clock: "today" in Almaty.
  const asOf = dateInAlmaty(new Date());
  const result = await loadForPage(locale, "/family/eligibility", async (user): Promise<OwnFamilyEligibility | null> => {
    try {
      return await getOwnFamilyEligibility(user, { asOf, parameters: await loadParameterSet(), locale });
    } catch (error) {
      // No family yet: the page says what to do first rather than "not found".
      if (isAppError(error, "NOT_FOUND")) return null;
      throw error;
    }
  });

  if (!result || result.memberCount === 0) {
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold">{t("eligibilityView.title")}</h1>
        <p>{result ? t("eligibilityView.noMembers") : t("eligibilityView.noFamily")}</p>
        <Link href="/family" className="inline-block min-h-6 py-1 text-blue-800 underline">
          {t("eligibilityView.startLink")}
        </Link>
      </div>
    );
  }

  const { response, names } = result;
  const amounts = await Promise.all(response.measures.map((measure) => amountText(locale, measure.amountTenge, measure.period)));
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">{t("eligibilityView.title")}</h1>
      <p>{t("eligibilityView.lead", { date: formatDate(locale, new Date(`${response.asOf}T00:00:00Z`)) })}</p>

      <section aria-labelledby="summary-heading" className="space-y-2">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("eligibilityView.summaryCaption")}
        </h2>
        {/* A list rather than a table: each measure stays on one card at 320 px. */}
        <ul aria-labelledby="summary-heading" className="divide-y divide-slate-300 border-y-2 border-slate-800">
          {response.measures.map((measure, index) => (
            <li key={measure.code} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2">
              <a href={`#measure-${measureSlug(measure.code)}`} className="min-w-[12rem] flex-1 text-blue-800 underline">
                {t(`measures.${measure.code}`)}
              </a>
              <span className={OUTCOME_STYLE[measure.outcome]}>{t(`eligibilityView.outcomes.${measure.outcome}`)}</span>
              {measure.amountTenge !== null ? <span className="tabular-nums">{amounts[index]}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-2xl font-bold">
          {t("eligibilityView.detailsHeading")}
        </h2>
        {response.measures.map((measure) => (
          <MeasureVerdict key={measure.code} locale={locale} measure={measure} names={names} />
        ))}
      </section>

      <p>
        <Link href="/family" className="inline-block min-h-6 py-1 text-blue-800 underline">
          {t("eligibilityView.editProfile")}
        </Link>
      </p>
    </div>
  );
}
