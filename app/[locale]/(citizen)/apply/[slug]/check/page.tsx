import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubmitForm } from "@/components/apply/submit-form";
import { SummaryList, type SummaryRow } from "@/components/apply/summary-list";
import { DocumentAttachments } from "@/components/documents/document-attachments";
import { Alert } from "@/components/ui/alert";
import { submitApplicationAction } from "@/lib/applications/drafts/actions/submit-application-action";
import { loadCheckView } from "@/lib/applications/drafts/load-check-view";
import { FLOWS, type StepId } from "@/lib/applications/flows/flow-definitions";
import { measureFromSlug } from "@/lib/applications/flows/measure-slug";
import { loadForPage } from "@/lib/auth/page-access";
import { formatSlotTime } from "@/lib/counselling/format-slot-time";
import { formatTenge } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  params: Promise<{ locale: Locale; slug: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apply.check");
  return { title: t("title") };
}

export default async function ApplyCheckPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const measure = measureFromSlug(slug);
  if (!measure) notFound();
  const view = await loadForPage(locale, `/apply/${slug}/check`, (user) => loadCheckView(user, measure, new Date()));
  if (view.kind === "no-draft") redirect(`/${locale}/apply/${slug}`);
  if (view.kind === "incomplete") redirect(`/${locale}/apply/${slug}/step/${view.step}`);

  const t = await getTranslations();
  const { answers } = view.draft;
  const nameOf = (memberId: string) => view.family.members.find((member) => member.id === memberId)?.fullName ?? "";
  const change = (step: StepId) => `/apply/${slug}/step/${step}?change=1`;
  const rowsByStep: Record<StepId, SummaryRow[]> = {
    children: [{ key: "children", label: t("apply.check.children"), value: (answers.memberIds ?? []).map(nameOf).join("\n"), changeHref: change("children") }],
    adult: [{ key: "adult", label: t("apply.check.adult"), value: answers.adultMemberId ? nameOf(answers.adultMemberId) : "", changeHref: change("adult") }],
    price: [{ key: "price", label: t("apply.check.price"), value: answers.apartmentPriceTenge ? formatTenge(locale, answers.apartmentPriceTenge) : "", changeHref: change("price") }],
    lender: [{ key: "lender", label: t("apply.check.lender"), value: answers.lender ?? "", changeHref: change("lender") }],
    housing: [
      { key: "queue", label: t("apply.check.housingQueue"), value: answers.housingQueueConfirmed ? t("common.yes") : t("common.no"), changeHref: change("housing") },
      { key: "savings", label: t("apply.check.savings"), value: formatTenge(locale, answers.savingsTenge ?? 0), changeHref: change("housing") },
    ],
    situation: [{ key: "situation", label: t("apply.check.situation"), value: answers.situation ?? "", changeHref: change("situation") }],
    course: [{ key: "course", label: t("apply.check.course"), value: answers.courseField ? t(`apply.courses.${answers.courseField}`) : "", changeHref: change("course") }],
    "counselling-kind": [{ key: "kind", label: t("apply.check.counsellingKind"), value: answers.counsellingKind ? t(`counselling.kinds.${answers.counsellingKind}`) : "", changeHref: change("counselling-kind") }],
    "counselling-venue": [{ key: "venue", label: t("apply.check.counsellingVenue"), value: answers.counsellingVenue ? t(`counselling.venues.${answers.counsellingVenue}`) : "", changeHref: change("counselling-venue") }],
    "counselling-slot": [
      {
        key: "slot",
        label: t("apply.check.slot"),
        value: view.slot ? t("counselling.slotLabel", { time: formatSlotTime(locale, view.slot.startsAt), counsellor: view.slot.counsellorName }) : "",
        changeHref: change("counselling-slot"),
      },
    ],
  };
  const rows: SummaryRow[] = [
    { key: "measure", label: t("apply.check.measure"), value: t(`measures.${measure}`) },
    ...FLOWS[measure].steps.flatMap((step) => rowsByStep[step]),
  ];
  if (view.mortgage) {
    rows.push(
      { key: "downPayment", label: t("apply.check.downPayment"), value: formatTenge(locale, view.mortgage.downPaymentTenge) },
      { key: "loan", label: t("apply.check.loan"), value: formatTenge(locale, view.mortgage.loanTenge) },
      { key: "monthly", label: t("apply.check.monthly"), value: formatTenge(locale, view.mortgage.monthlyPaymentTenge) },
      { key: "total", label: t("apply.check.total"), value: formatTenge(locale, view.mortgage.totalPaidTenge) },
    );
  }
  const documents = FLOWS[measure].documents;

  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href={`/apply/${slug}`} className="text-blue-800 underline">
          {t("apply.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("apply.check.title")}</h1>
      <SummaryList rows={rows} changeLabel={t("apply.check.change")} changeHidden={(label) => t("apply.check.changeHidden", { question: label })} />

      {documents.length ? (
        <section aria-labelledby="needed-documents-heading" className="space-y-3">
          <h2 id="needed-documents-heading" className="text-2xl font-bold">
            {t("apply.check.documentsHeading")}
          </h2>
          <p>{t("apply.check.documentsNeeded")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {documents.map((kind) => (
              <li key={kind}>{t(`apply.documents.${kind}`)}</li>
            ))}
          </ul>
          <DocumentAttachments applicationId={view.draft.id} headingLevel={3} />
        </section>
      ) : null}

      <section aria-labelledby="consent-heading" className="space-y-3">
        <h2 id="consent-heading" className="text-2xl font-bold">
          {t("apply.check.consentHeading")}
        </h2>
        {view.consent.isComplete ? (
          <p>{t("apply.check.consentDone")}</p>
        ) : (
          <Alert>
            <p>{t("apply.check.consentNeeded")}</p>
            <p className="mt-2">
              <Link href={`/apply/${slug}/consent`} className="font-semibold text-blue-800 underline">
                {t("apply.check.consentLink")}
              </Link>
            </p>
          </Alert>
        )}
      </section>

      <section aria-labelledby="submit-heading" className="space-y-3">
        <h2 id="submit-heading" className="text-2xl font-bold">
          {t("apply.check.submitHeading")}
        </h2>
        {view.consent.isComplete ? (
          <>
            <p>{t("apply.check.submitText")}</p>
            <SubmitForm action={submitApplicationAction.bind(null, slug)} applicationId={view.draft.id} text={{ summaryTitle: t("errors.summaryTitle"), submit: t("apply.check.submit") }} />
          </>
        ) : (
          <p>{t("apply.check.notReady")}</p>
        )}
      </section>
    </div>
  );
}
