import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VerdictSummary } from "@/components/apply/verdict-summary";
import { MeasureAvailabilityLine } from "@/components/measures-catalog/measure-availability-line";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startDraftAction } from "@/lib/applications/drafts/actions/start-draft-action";
import { getStartView } from "@/lib/applications/drafts/get-start-view";
import { FLOWS } from "@/lib/applications/flows/flow-definitions";
import { measureFromSlug } from "@/lib/applications/flows/measure-slug";
import { loadForPage } from "@/lib/auth/page-access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { publicCatalogForDisplay } from "@/lib/measures-catalog/public-display-reads";
import { stepQuestion } from "./step-question";

interface Props {
  params: Promise<{ locale: Locale; slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const measure = measureFromSlug(slug);
  const t = await getTranslations();
  return { title: measure ? t("apply.startTitle", { measure: t(`measures.${measure}`) }) : t("apply.title") };
}

export default async function ApplyStartPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const measure = measureFromSlug(slug);
  if (!measure) notFound();
  const t = await getTranslations();
  const view = await loadForPage(locale, `/apply/${slug}`, (user) => getStartView(user, measure, { now: new Date(), locale }));
  const flow = FLOWS[measure];
  const catalogEntry = (await publicCatalogForDisplay(locale)).get(measure)!;
  const title = t("apply.startTitle", { measure: t(`measures.${measure}`) });

  if (!view.hasFamily) {
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold">{title}</h1>
        <Alert title={t("apply.noFamilyTitle")}>
          <p>{t("apply.noFamilyText")}</p>
          <p className="mt-2">
            <Link href="/family" className="font-semibold text-blue-800 underline">
              {t("apply.noFamilyLink")}
            </Link>
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/apply" className="text-blue-800 underline">
          {t("apply.backToAll")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <MeasureAvailabilityLine entry={catalogEntry} locale={locale} />
      <VerdictSummary verdict={view.verdict} locale={locale} />
      {view.openApplication ? (
        <Alert title={t("apply.alreadyOpenTitle")}>
          <p>{t("apply.alreadyOpenText", { reference: view.openApplication.reference })}</p>
          <p className="mt-2">
            <Link href={`/applications/${view.openApplication.id}`} className="font-semibold text-blue-800 underline">
              {t("apply.viewApplication", { reference: view.openApplication.reference })}
            </Link>
          </p>
        </Alert>
      ) : (
        <>
          {view.verdict.outcome === "not_eligible" ? (
            <Alert>
              <p>{t("apply.notEligibleNote")}</p>
              {view.verdict.reasons.some((reason) => !reason.passed) ? (
                <ul className="mt-2 list-disc pl-6">
                  {view.verdict.reasons
                    .filter((reason) => !reason.passed)
                    .map((reason) => (
                      <li key={reason.rule + reason.message}>{reason.message}</li>
                    ))}
                </ul>
              ) : null}
            </Alert>
          ) : null}
          <p>{t("apply.startLead")}</p>
          <section aria-labelledby="questions-heading" className="space-y-2">
            <h2 id="questions-heading" className="text-2xl font-bold">
              {t("apply.questionsHeading")}
            </h2>
            <ol className="list-decimal space-y-1 pl-6">
              {flow.steps.map((step) => (
                <li key={step}>{stepQuestion(t, measure, step)}</li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="documents-heading" className="space-y-2">
            <h2 id="documents-heading" className="text-2xl font-bold">
              {t("apply.documentsHeading")}
            </h2>
            {flow.documents.length ? (
              <>
                <ul className="list-disc space-y-1 pl-6">
                  {flow.documents.map((kind) => (
                    <li key={kind}>{t(`apply.documents.${kind}`)}</li>
                  ))}
                </ul>
                <p>{t("apply.documentsLead")}</p>
              </>
            ) : (
              <p>{t("apply.noDocuments")}</p>
            )}
          </section>
          {catalogEntry.availability.isOpen || view.draftId ? (
            <form action={startDraftAction.bind(null, slug)}>
              <Button type="submit">{view.draftId ? t("apply.continueNow") : t("apply.startNow")}</Button>
            </form>
          ) : (
            <Alert title={t("catalog.cannotApplyTitle")} />
          )}
        </>
      )}
    </div>
  );
}
