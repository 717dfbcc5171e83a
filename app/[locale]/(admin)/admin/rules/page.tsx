import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DraftDetailsForm } from "@/components/rules/draft-details-form";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { createDraftAction } from "@/lib/rules/actions/create-draft";
import { formatParameterValue } from "@/lib/rules/format-parameter-value";
import { listParameters } from "@/lib/rules/list-parameters";
import { listVersions } from "@/lib/rules/list-versions";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export default async function RulesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  // The page is the edge that reads the clock: "today" in Almaty.
  const today = dateInAlmaty(new Date());
  const { overview, versions } = await loadForPage(locale, "/admin/rules", async (user) => ({
    overview: listParameters(user, await loadParameterSet(), today),
    versions: await listVersions(user),
  }));

  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t("rules.title")}</h1>
        <p>{t("rules.lead")}</p>
        <p>{t("rules.asOf", { date: formatDate(locale, day(today)) })}</p>
      </div>

      <Table
        caption={t("rules.parameters.caption")}
        headers={[t("rules.parameters.name"), t("rules.parameters.value"), t("rules.parameters.effectiveFrom"), t("rules.parameters.source"), t("rules.parameters.history")]}
        rows={overview.map((parameter) => {
          const name = t(`rules.parameterNames.${parameter.key}`);
          return [
            <span key="name" className="block min-w-[12rem]">
              {name}
              <span className="block break-all font-mono text-xs text-slate-700">{parameter.key}</span>
            </span>,
            <span key="value" className="whitespace-nowrap">
              {formatParameterValue(locale, parameter.unit, parameter.value)}
              {parameter.next ? (
                <span className="block text-sm text-slate-700">
                  {t("rules.parameters.next", { date: formatDate(locale, day(parameter.next.effectiveFrom)), value: formatParameterValue(locale, parameter.unit, parameter.next.value) })}
                </span>
              ) : null}
            </span>,
            <span key="from" className="whitespace-nowrap">{formatDate(locale, day(parameter.effectiveFrom))}</span>,
            // A placeholder's own text (in English, with what to replace) is on the history page.
            <span key="source" className="block min-w-[14rem] text-sm">
              {parameter.isPlaceholder ? <strong className="text-amber-900">{t("rules.parameters.placeholder")}</strong> : parameter.source}
            </span>,
            <Link key="history" href={`/admin/rules/parameters/${parameter.key}`} className="inline-block min-h-6 py-1 text-blue-800 underline">
              {t.rich("rules.parameters.historyLink", { name, hidden })}
            </Link>,
          ];
        })}
      />

      <section aria-labelledby="versions-heading" className="space-y-4">
        <h2 id="versions-heading" className="text-2xl font-bold">
          {t("rules.versions.heading")}
        </h2>
        {versions.length === 0 ? (
          <p>{t("rules.versions.none")}</p>
        ) : (
          <Table
            caption={t("rules.versions.caption")}
            headers={[t("rules.versions.titleColumn"), t("rules.versions.status"), t("rules.versions.author"), t("rules.versions.changes"), t("rules.versions.date")]}
            numericColumns={[3]}
            rows={versions.map((version) => [
              <Link key="title" href={`/admin/rules/versions/${version.id}`} className="inline-block min-h-6 py-1 text-blue-800 underline">
                {version.title}
              </Link>,
              t(`rules.statuses.${version.status}`),
              version.authorName ?? t("rules.draft.unknownPerson"),
              version.changes,
              version.publishedAt ? formatDate(locale, version.publishedAt) : t("rules.versions.notPublished"),
            ])}
          />
        )}
      </section>

      <section aria-labelledby="new-draft-heading" className="max-w-xl space-y-4">
        <h2 id="new-draft-heading" className="text-2xl font-bold">
          {t("rules.newDraft.heading")}
        </h2>
        <p>{t("rules.newDraft.lead")}</p>
        <DraftDetailsForm
          action={createDraftAction}
          text={{
            summaryTitle: t("errors.summaryTitle"),
            required: t("common.required"),
            titleLabel: t("rules.newDraft.titleLabel"),
            titleHint: t("rules.newDraft.titleHint"),
            reasonLabel: t("rules.newDraft.reasonLabel"),
            reasonHint: t("rules.newDraft.reasonHint"),
            submit: t("rules.newDraft.submit"),
          }}
        />
      </section>
    </div>
  );
}
