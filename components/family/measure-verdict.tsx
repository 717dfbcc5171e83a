// One measure of the engine's answer, in full: per family member, the reasons (met or
// not, in words as well as colour), what could change a "no", and where to apply.
import { getTranslations } from "next-intl/server";
import type { EligibilityResponse } from "@/lib/eligibility";
import { measureSlug } from "@/lib/families/measure-slug";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

type MeasureResult = EligibilityResponse["measures"][number];

export async function amountText(locale: Locale, amount: number | null, period: MeasureResult["period"]): Promise<string> {
  const t = await getTranslations("eligibilityView");
  if (amount === null) return t("noAmount");
  const money = formatTenge(locale, amount);
  if (period === "month") return t("amountMonth", { amount: money });
  if (period === "once") return t("amountOnce", { amount: money });
  return money;
}

export async function MeasureVerdict({ locale, measure, names }: { locale: Locale; measure: MeasureResult; names: ReadonlyMap<string, string> }) {
  const t = await getTranslations();
  const measureName = t(`measures.${measure.code}`);
  const terms = measure.terms;
  const canApply = measure.outcome === "eligible" || measure.outcome === "review";
  // A free place (kindergarten) or a service has no amount: no empty column then.
  const hasMemberAmounts = measure.members.some((member) => member.amountTenge !== null);
  return (
    <details className="border-2 border-slate-300 p-3" id={`measure-${measureSlug(measure.code)}`}>
      <summary className="min-h-6 cursor-pointer font-semibold text-blue-800 underline">{t("eligibilityView.detailsSummary", { measure: measureName })}</summary>
      <div className="mt-3 space-y-4">
        {terms?.kind === "mortgage" && terms.downPaymentTenge !== null && terms.loanTenge !== null && terms.monthlyPaymentTenge !== null ? (
          <p>
            {t("eligibilityView.mortgageTerms", {
              downPayment: formatTenge(locale, terms.downPaymentTenge),
              loan: formatTenge(locale, terms.loanTenge),
              monthly: formatTenge(locale, terms.monthlyPaymentTenge),
            })}
          </p>
        ) : null}
        {terms?.kind === "assistance_cap" ? <p>{t("eligibilityView.assistanceCap", { amount: formatTenge(locale, terms.maxAmountTenge) })}</p> : null}
        {measure.members.length ? (
          // Focusable so a keyboard user can scroll it when a long name makes it wider than the phone.
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${measureSlug(measure.code)}-members`}>
            <table className="w-full border-collapse text-left">
              <caption id={`${measureSlug(measure.code)}-members`} className="mb-1 text-left font-bold">
                {t("eligibilityView.membersCaption")}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b-2 border-slate-800 p-2">{t("eligibilityView.memberColumn")}</th>
                  <th scope="col" className="border-b-2 border-slate-800 p-2">{t("eligibilityView.outcome")}</th>
                  {hasMemberAmounts ? <th scope="col" className="border-b-2 border-slate-800 p-2 text-right">{t("eligibilityView.amount")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {await Promise.all(
                  measure.members.map(async (member) => (
                    <tr key={member.memberId} className="border-b border-slate-300">
                      <th scope="row" className="p-2 font-normal">{names.get(member.memberId) ?? ""}</th>
                      <td className="p-2">{t(`eligibilityView.outcomes.${member.outcome}`)}</td>
                      {hasMemberAmounts ? <td className="p-2 text-right tabular-nums">{await amountText(locale, member.amountTenge, measure.period)}</td> : null}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        ) : null}
        <div>
          <h3 className="font-bold">{t("eligibilityView.reasonsHeading")}</h3>
          <ul className="mt-1 space-y-2">
            {measure.reasons.map((reason, index) => (
              <li key={`${reason.rule}-${index}`} className={`border-l-4 pl-3 ${reason.passed ? "border-emerald-800" : "border-red-700"}`}>
                <span className="font-semibold">{reason.passed ? t("eligibilityView.reasonMet") : t("eligibilityView.reasonNotMet")}: </span>
                {reason.message}
              </li>
            ))}
          </ul>
        </div>
        {measure.hints.length ? (
          <div>
            <h3 className="font-bold">{t("eligibilityView.hintsHeading")}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {measure.hints.map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {canApply ? (
          <Link href={`/apply/${measureSlug(measure.code)}`} className="inline-block min-h-11 rounded bg-emerald-800 px-4 py-2 font-semibold text-white no-underline hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
            {t("eligibilityView.apply", { measure: measureName })}
          </Link>
        ) : null}
      </div>
    </details>
  );
}
