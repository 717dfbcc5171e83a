import { getLocale, getTranslations } from "next-intl/server";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { MEASURES_BY_AREA, type MeasureArea } from "@/lib/measures/areas";
import type { ProgrammeAmounts } from "@/lib/screener/load-programme-amounts";
import type { Measure } from "@/prisma/generated/enums";

type Translate = Awaited<ReturnType<typeof getTranslations<"landing">>>;

/** Who each measure is for and what it gives, with the figures in force. */
function describeMeasure(measure: Measure, t: Translate, amounts: ProgrammeAmounts, money: (value: number) => string): { who: string; what: string } {
  switch (measure) {
    case "PREFERENTIAL_MORTGAGE":
      return {
        who: t("measureInfo.PREFERENTIAL_MORTGAGE.who"),
        what: t("measureInfo.PREFERENTIAL_MORTGAGE.what", {
          rate: amounts.mortgageAnnualRatePercent,
          years: amounts.mortgageTermYears,
          downPayment: amounts.mortgageDownPaymentPercent,
          priceCap: money(amounts.mortgagePriceCapTenge),
        }),
      };
    case "HOUSING_CERTIFICATE":
      return { who: t("measureInfo.HOUSING_CERTIFICATE.who"), what: t("measureInfo.HOUSING_CERTIFICATE.what", { amount: money(amounts.housingCertificateTenge) }) };
    case "DOWN_PAYMENT_SUBSIDY":
      return {
        who: t("measureInfo.DOWN_PAYMENT_SUBSIDY.who", { children: amounts.subsidyMinMinorChildren, minorAge: amounts.minorAgeYears }),
        what: t("measureInfo.DOWN_PAYMENT_SUBSIDY.what"),
      };
    case "FREE_KINDERGARTEN":
      return {
        who: t("measureInfo.FREE_KINDERGARTEN.who", { birthOrder: amounts.kindergartenMinBirthOrder }),
        what: t("measureInfo.FREE_KINDERGARTEN.what", { minAge: amounts.kindergartenMinAgeYears, maxAge: amounts.kindergartenMaxAgeYears }),
      };
    case "SCHOLARSHIP":
      return {
        who: t("measureInfo.SCHOLARSHIP.who"),
        what: t("measureInfo.SCHOLARSHIP.what", { school: money(amounts.scholarshipSchoolTenge), higher: money(amounts.scholarshipHigherEducationTenge) }),
      };
    case "UTILITIES_COMPENSATION":
      return { who: t("measureInfo.UTILITIES_COMPENSATION.who"), what: t("measureInfo.UTILITIES_COMPENSATION.what", { amount: money(amounts.utilitiesCompensationTenge) }) };
    case "HOME_SCHOOLING_REIMBURSEMENT":
      return {
        who: t("measureInfo.HOME_SCHOOLING_REIMBURSEMENT.who"),
        what: t("measureInfo.HOME_SCHOOLING_REIMBURSEMENT.what", { amount: money(amounts.homeSchoolingReimbursementTenge) }),
      };
    case "ONE_TIME_ASSISTANCE":
      return {
        who: t("measureInfo.ONE_TIME_ASSISTANCE.who"),
        what: t("measureInfo.ONE_TIME_ASSISTANCE.what", { amount: money(amounts.oneTimeAssistanceCapTenge), mci: amounts.oneTimeAssistanceCapMci }),
      };
    case "RETRAINING_COURSES":
    case "SOCIAL_JOBS":
      return {
        who: t(`measureInfo.${measure}.who`, { minAge: amounts.workingAgeMinYears, maxAge: amounts.workingAgeMaxYears }),
        what: t(`measureInfo.${measure}.what`),
      };
    case "MOTHERS_CENTER":
      return { who: t("measureInfo.MOTHERS_CENTER.who"), what: t("measureInfo.MOTHERS_CENTER.what") };
  }
}

/** The landing page's list of measures by area, each with who it is for and what it gives today. */
export async function ProgrammeMeasures({ amounts }: { amounts: ProgrammeAmounts }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("landing");
  const common = await getTranslations();
  const money = (value: number) => formatTenge(locale, value);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {(Object.entries(MEASURES_BY_AREA) as [MeasureArea, Measure[]][]).map(([area, measures]) => (
        <div key={area} className="border-t-4 border-emerald-800 pt-3">
          <h3 className="text-xl font-bold">{common(`measureAreas.${area}`)}</h3>
          <ul className="mt-2 space-y-4">
            {measures.map((measure) => {
              const { who, what } = describeMeasure(measure, t, amounts, money);
              return (
                <li key={measure}>
                  <h4 className="font-bold">{common(`measures.${measure}`)}</h4>
                  <dl className="text-slate-800">
                    <dt className="sr-only">{t("whoLabel")}</dt>
                    <dd>{who}</dd>
                    <dt className="sr-only">{t("whatLabel")}</dt>
                    <dd className="font-semibold text-slate-900">{what}</dd>
                  </dl>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
