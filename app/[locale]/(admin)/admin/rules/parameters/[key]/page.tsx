import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatParameterValue } from "@/lib/rules/format-parameter-value";
import { loadParameterHistory } from "@/lib/rules/parameter-history";

type Props = { params: Promise<{ locale: Locale; key: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

export default async function ParameterHistoryPage({ params }: Props) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const today = dateInAlmaty(new Date());
  const history = await loadForPage(locale, `/admin/rules/parameters/${encodeURIComponent(key)}`, (user) => loadParameterHistory(user, key, today));
  const definition = DEFAULT_PARAMETERS[history.key];
  const name = t(`rules.parameterNames.${history.key}`);

  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/admin/rules" className="inline-block min-h-6 py-1 text-blue-800 underline">
        {t("rules.history.back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("rules.history.title", { name })}</h1>
      <p className="break-all font-mono text-sm text-slate-700">{history.key}</p>
      <p>{t("rules.history.lead")}</p>
      <Table
        caption={t("rules.history.caption")}
        headers={[t("rules.history.effectiveFrom"), t("rules.history.value"), t("rules.history.source"), t("rules.history.publishedIn")]}
        rows={history.entries.map((entry) => [
          <span key="date" className="whitespace-nowrap">
            {formatDate(locale, new Date(`${entry.effectiveFrom}T00:00:00Z`))}
            {entry.inForce ? <strong className="block text-emerald-800">{t("rules.history.inForce")}</strong> : null}
          </span>,
          <span key="value" className="whitespace-nowrap">{formatParameterValue(locale, definition.unit, entry.value)}</span>,
          entry.source ?? definition.source.title,
          entry.version ? (
            <Link key="version" href={`/admin/rules/versions/${entry.version.id}`} className="inline-block min-h-6 py-1 text-blue-800 underline">
              {entry.version.title}
              {entry.version.publishedAt ? ` (${formatDate(locale, entry.version.publishedAt)})` : ""}
            </Link>
          ) : (
            t("rules.history.shipped")
          ),
        ])}
      />
    </div>
  );
}
