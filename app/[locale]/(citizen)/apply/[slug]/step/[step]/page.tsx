import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MortgageFigures } from "@/components/apply/mortgage-figures";
import { StepForm } from "@/components/apply/step-form";
import { Alert } from "@/components/ui/alert";
import { saveStepAction } from "@/lib/applications/drafts/actions/save-step-action";
import { loadStepView } from "@/lib/applications/drafts/load-step-view";
import { FLOWS, isStepOf } from "@/lib/applications/flows/flow-definitions";
import { measureFromSlug, slugForMeasure } from "@/lib/applications/flows/measure-slug";
import { estimateMortgage } from "@/lib/applications/flows/mortgage-estimate";
import { loadForPage } from "@/lib/auth/page-access";
import { formatTenge } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { stepQuestion } from "../../step-question";
import { buildStepFields } from "./step-fields";

interface Props {
  params: Promise<{ locale: Locale; slug: string; step: string }>;
  searchParams: Promise<{ change?: string; taken?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, step } = await params;
  const measure = measureFromSlug(slug);
  const t = await getTranslations();
  if (!measure || !isStepOf(measure, step)) return { title: t("apply.title") };
  return { title: `${stepQuestion(t, measure, step)} — ${t(`measures.${measure}`)}` };
}

export default async function ApplyStepPage({ params, searchParams }: Props) {
  const { locale, slug, step } = await params;
  const { change, taken } = await searchParams;
  setRequestLocale(locale);
  const measure = measureFromSlug(slug);
  if (!measure || !isStepOf(measure, step)) notFound();
  const now = new Date();
  const view = await loadForPage(locale, `/apply/${slug}/step/${step}`, (user) => loadStepView(user, measure, step, now));
  // No draft yet (or no family): the start page explains and starts one.
  if (!view) redirect(`/${locale}/apply/${slug}`);

  const t = await getTranslations();
  const steps = FLOWS[measure].steps;
  const index = steps.indexOf(step);
  const isChange = change === "1";
  const backHref = isChange ? `/apply/${slug}/check` : index > 0 ? `/apply/${slug}/step/${steps[index - 1]}` : `/apply/${slug}`;
  const fields = buildStepFields({ t, locale, measure, step, answers: view.draft.answers, family: view.family, choosableMemberIds: view.choosableMemberIds, freeSlots: view.freeSlots, now });
  const question = stepQuestion(t, measure, step);
  const isQuestionInField = fields.length === 1 && (fields[0]?.kind === "choices" || fields[0]?.kind === "textarea");
  const hasNoChoices =
    ((step === "children" || step === "adult") && view.choosableMemberIds.length === 0) || (step === "counselling-slot" && view.freeSlots.length === 0);
  const figureLabels = view.mortgageRates
    ? {
        price: t("apply.calculator.price"),
        downPayment: t("apply.calculator.downPayment", { percent: view.mortgageRates.downPaymentPercent }),
        loan: t("apply.calculator.loan"),
        monthly: t("apply.calculator.monthly", { rate: view.mortgageRates.annualRatePercent, months: view.mortgageRates.months }),
        total: t("apply.calculator.total"),
      }
    : null;
  const price = view.draft.answers.apartmentPriceTenge;
  const estimate = step === "lender" && price && view.mortgageRates ? estimateMortgage(price, view.mortgageRates) : null;

  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href={backHref} className="text-blue-800 underline">
          {t("apply.back")}
        </Link>
      </p>
      <p className="text-slate-700">
        {t(`measures.${measure}`)} · {t("apply.stepOf", { current: index + 1, total: steps.length })}
      </p>
      {isQuestionInField && !hasNoChoices ? null : <h1 className="text-3xl font-bold">{question}</h1>}
      {taken === "1" && step === "counselling-slot" ? (
        <Alert tone="error" live>
          {t("counselling.slotTaken")}
        </Alert>
      ) : null}
      {estimate && figureLabels && price ? (
        <section aria-labelledby="calculator-heading" className="space-y-2 border-l-4 border-blue-800 bg-blue-50 p-4">
          <h2 id="calculator-heading" className="text-xl font-bold">
            {t("apply.calculator.heading")}
          </h2>
          <MortgageFigures
            labels={figureLabels}
            values={{
              price: formatTenge(locale, price),
              downPayment: formatTenge(locale, estimate.downPaymentTenge),
              loan: formatTenge(locale, estimate.loanTenge),
              monthly: formatTenge(locale, estimate.monthlyPaymentTenge),
              total: formatTenge(locale, estimate.totalPaidTenge),
            }}
          />
          <p className="text-sm">{t("apply.calculator.note")}</p>
          <p>
            <Link href={`/apply/${slug}/step/price`} className="text-blue-800 underline">
              {t("apply.check.change")} <span className="sr-only">{t("apply.check.changeHidden", { question: t("apply.check.price") })}</span>
            </Link>
          </p>
        </section>
      ) : null}
      {hasNoChoices ? (
        <Alert>
          <p>{step === "children" ? t("apply.noEligibleChildren") : step === "adult" ? t("apply.noEligibleAdults") : t("counselling.noSlots")}</p>
          <p className="mt-2">
            {step === "counselling-slot" ? (
              <Link href={`/apply/${slug}/step/counselling-venue`} className="font-semibold text-blue-800 underline">
                {t("counselling.changeChoice")}
              </Link>
            ) : (
              <Link href="/family" className="font-semibold text-blue-800 underline">
                {t("apply.updateProfile")}
              </Link>
            )}
          </p>
        </Alert>
      ) : (
        <StepForm
          action={saveStepAction.bind(null, slugForMeasure(measure), step, isChange ? "check" : "next")}
          fields={fields}
          submitLabel={isChange ? t("apply.saveAndCheck") : t("apply.continue")}
          text={{ summaryTitle: t("errors.summaryTitle"), required: t("common.required") }}
          mortgagePreview={
            step === "price" && view.mortgageRates && figureLabels
              ? { rates: view.mortgageRates, locale, heading: t("apply.calculator.liveHeading"), labels: figureLabels }
              : undefined
          }
        />
      )}
      {view.blockedMembers.length ? (
        <ul className="list-disc space-y-1 pl-6">
          {view.blockedMembers.map((blocked) => (
            <li key={blocked.applicationId}>
              {blocked.memberName} — {t("apply.alreadyApplied", { reference: blocked.reference })}{" "}
              <Link href={`/applications/${blocked.applicationId}`} className="text-blue-800 underline">
                {t("apply.errors.viewOpenApplication", { reference: blocked.reference })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-slate-700">{t("apply.draftSaved")}</p>
    </div>
  );
}
