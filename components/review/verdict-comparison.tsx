// The engine's verdict at submission and today, side by side, with what changed marked
// in words (not colour alone): the outcome, the amount and each reason.
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ReasonView, VerdictComparison as Comparison, VerdictView } from "@/lib/review/compare-verdicts";

async function VerdictColumn({ title, view, locale, headingId }: { title: string; view: VerdictView; locale: Locale; headingId: string }) {
  const t = await getTranslations("review.verdict");
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3 rounded border-2 border-slate-300 p-4">
      <h3 id={headingId} className="text-xl font-bold">
        {title}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("outcome")}</dt>
        <dd>{t(`outcomes.${view.outcome}`)}</dd>
        <dt className="font-semibold">{t("amount")}</dt>
        <dd>{view.amountTenge === null ? t("noAmount") : formatTenge(locale, view.amountTenge)}</dd>
      </dl>
      <h4 className="font-bold">{t("reasonsHeading")}</h4>
      <ul className="space-y-2">
        {view.reasons.map((reason) => (
          <ReasonItem key={reason.id} reason={reason} passedLabel={t("passed")} failedLabel={t("failed")} changeLabel={reason.change === "same" ? null : t(`changes.${reason.change}`)} />
        ))}
      </ul>
    </section>
  );
}

function ReasonItem({ reason, passedLabel, failedLabel, changeLabel }: { reason: ReasonView; passedLabel: string; failedLabel: string; changeLabel: string | null }) {
  return (
    <li className={`break-words border-l-4 pl-3 ${changeLabel ? "border-amber-600 bg-amber-50" : reason.passed ? "border-emerald-800" : "border-red-700"}`}>
      <span className="font-semibold">{reason.passed ? passedLabel : failedLabel}: </span>
      <span lang={reason.language ?? undefined}>{reason.text}</span>
      {changeLabel ? <strong className="mt-1 block text-sm">{changeLabel}</strong> : null}
    </li>
  );
}

export async function VerdictComparison({ verdict, locale }: { verdict: Comparison; locale: Locale }) {
  const t = await getTranslations("review.verdict");
  const differences = [verdict.outcomeChanged ? t("outcomeChanged") : null, verdict.amountChanged ? t("amountChanged") : null].filter((text): text is string => text !== null);
  return (
    <section aria-labelledby="verdict-heading" className="space-y-4">
      <h2 id="verdict-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {verdict.atSubmission ? (
        differences.length ? (
          <Alert tone="error">
            {differences.map((text) => (
              <p key={text} className="font-semibold">
                {text}
              </p>
            ))}
          </Alert>
        ) : (
          <p>{t("noChange")}</p>
        )
      ) : (
        <p>{t("notStored")}</p>
      )}
      {verdict.storedLanguage ? <p className="text-sm">{t("storedLanguage", { language: t(`languages.${verdict.storedLanguage}`) })}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {verdict.atSubmission ? <VerdictColumn title={t("atSubmission")} view={verdict.atSubmission} locale={locale} headingId="verdict-submission" /> : null}
        <VerdictColumn title={t("today")} view={verdict.today} locale={locale} headingId="verdict-today" />
      </div>
      {verdict.hintsToday.length ? (
        <div>
          <h3 className="font-bold">{t("hintsHeading")}</h3>
          <ul className="list-disc pl-6">
            {verdict.hintsToday.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
