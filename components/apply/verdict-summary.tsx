// The engine's verdict on one measure in a sentence, with the amount when there is one.
import { getTranslations } from "next-intl/server";
import type { MeasureVerdict } from "@/lib/applications/drafts/family-verdict";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

const TONE: Record<MeasureVerdict["outcome"], string> = {
  eligible: "bg-emerald-100 text-emerald-950 border-emerald-800",
  not_eligible: "bg-slate-100 text-slate-900 border-slate-600",
  review: "bg-amber-100 text-amber-950 border-amber-700",
};

export async function VerdictSummary({ verdict, locale }: { verdict: MeasureVerdict; locale: Locale }) {
  const t = await getTranslations("apply");
  const amount =
    verdict.amountTenge !== null && verdict.amountTenge > 0
      ? verdict.period === "month"
        ? t("amountPerMonth", { amount: formatTenge(locale, verdict.amountTenge) })
        : t("amountOnce", { amount: formatTenge(locale, verdict.amountTenge) })
      : null;
  return (
    <p>
      <span className={`inline-block border-l-4 px-2 py-1 font-semibold ${TONE[verdict.outcome]}`}>{t(`outcome.${verdict.outcome}`)}</span>
      {amount ? <span className="ml-2 font-semibold">{amount}</span> : null}
    </p>
  );
}
