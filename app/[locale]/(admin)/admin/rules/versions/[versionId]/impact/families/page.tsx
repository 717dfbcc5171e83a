import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { affectedQuerySchema, listAffectedFamilies, type AffectedQuery } from "@/lib/rules/list-affected-families";
import { loadVersion } from "@/lib/rules/load-version";

type Props = {
  params: Promise<{ locale: Locale; versionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

const linkStyle = "inline-block min-h-11 py-2 text-blue-800 underline";

function queryString(query: AffectedQuery, page: number): string {
  const params = new URLSearchParams({ measure: query.measure, change: query.change });
  if (query.district) params.set("district", query.district);
  params.set("page", String(page));
  return params.toString();
}

export default async function AffectedFamiliesPage({ params, searchParams }: Props) {
  const { locale, versionId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const path = `/admin/rules/versions/${encodeURIComponent(versionId)}/impact/families`;
  const { version, list, query } = await loadForPage(locale, path, async (user) => {
    // Who is asking comes first; a malformed query is then simply not a page.
    const version = await loadVersion(user, versionId);
    const parsed = affectedQuerySchema.safeParse(raw);
    if (!parsed.success) notFound();
    return { version, query: parsed.data, list: await listAffectedFamilies(user, versionId, parsed.data) };
  });
  if (!list) notFound();
  const measureName = t(`measures.${query.measure}`);
  const base = `/admin/rules/versions/${version.id}/impact/families`;

  return (
    <div className="max-w-3xl space-y-6">
      <Link href={`/admin/rules/versions/${version.id}/impact`} className="inline-block min-h-6 py-1 text-blue-800 underline">
        {t("rules.affected.back")}
      </Link>
      <h1 className="text-3xl font-bold">
        {query.change === "gained" ? t("rules.affected.titleGained", { measure: measureName }) : t("rules.affected.titleLost", { measure: measureName })}
      </h1>
      <p>
        {t("rules.affected.lead", { date: formatDate(locale, new Date(`${list.asOf}T00:00:00Z`)) })}{" "}
        {query.district ? t("rules.affected.inDistrict", { district: t(`districts.${query.district}`) }) : null}
      </p>
      {list.total === 0 ? (
        <p>{t("rules.affected.none")}</p>
      ) : (
        <Table
          caption={t("rules.affected.caption", { page: list.page, pages: list.pages, total: list.total })}
          headers={[t("rules.affected.name"), t("rules.affected.district")]}
          rows={list.families.map((family) => [family.applicantName, t(`districts.${family.district}`)])}
        />
      )}
      {list.pages > 1 ? (
        <nav aria-label={t("rules.affected.pagination")} className="flex flex-wrap gap-x-8">
          {list.page > 1 ? (
            <Link href={`${base}?${queryString(query, list.page - 1)}`} className={linkStyle}>
              {t("rules.affected.previous")}
            </Link>
          ) : null}
          {list.page < list.pages ? (
            <Link href={`${base}?${queryString(query, list.page + 1)}`} className={linkStyle}>
              {t("rules.affected.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
