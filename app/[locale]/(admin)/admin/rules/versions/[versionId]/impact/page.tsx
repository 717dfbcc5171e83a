import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImpactChart } from "@/components/rules/impact-chart";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { COSTED_MEASURES } from "@/lib/rules/impact-cost";
import { computeImpactPreview } from "@/lib/rules/impact-preview";
import { loadVersion } from "@/lib/rules/load-version";
import type { District } from "@/prisma/generated/enums";

type Props = { params: Promise<{ locale: Locale; versionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

// Computed on each request: the preview always describes the families as they are now.
export const dynamic = "force-dynamic";

const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
const linkStyle = "inline-block min-h-6 py-1 text-blue-800 underline";

export default async function ImpactPage({ params }: Props) {
  const { locale, versionId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const { version, preview } = await loadForPage(locale, `/admin/rules/versions/${encodeURIComponent(versionId)}/impact`, async (user) => ({
    version: await loadVersion(user, versionId),
    preview: await computeImpactPreview(user, versionId),
  }));
  const money = (delta: number) => `${delta > 0 ? "+" : ""}${formatTenge(locale, delta)}`;
  const listHref = (measure: string, change: "gained" | "lost", district?: string) =>
    `/admin/rules/versions/${version.id}/impact/families?measure=${measure}&change=${change}${district ? `&district=${district}` : ""}`;

  return (
    <div className="max-w-5xl space-y-8">
      <Link href={`/admin/rules/versions/${version.id}`} className={linkStyle}>
        {t("rules.impact.back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("rules.impact.title", { title: version.title })}</h1>
      {!preview ? (
        <p>{t("rules.impact.empty")}</p>
      ) : (
        <>
          <div className="max-w-3xl space-y-3">
            <p>{t("rules.impact.lead", { date: formatDate(locale, new Date(`${preview.asOf}T00:00:00Z`)) })}</p>
            {preview.laterDates.length > 0 ? (
              <p>{t("rules.impact.laterDates", { dates: preview.laterDates.map((date) => formatDate(locale, new Date(`${date}T00:00:00Z`))).join(", ") })}</p>
            ) : null}
            <p>{t("rules.impact.families", { count: preview.families, seconds: (preview.durationMs / 1000).toFixed(1) })}</p>
            <p className="text-sm text-slate-700">{t("rules.impact.costNote")}</p>
          </div>

          <Table
            caption={t("rules.impact.summaryCaption")}
            headers={[t("rules.impact.measure"), t("rules.impact.gained"), t("rules.impact.lost"), t("rules.impact.monthlyChange"), t("rules.impact.yearlyChange")]}
            numericColumns={[1, 2, 3, 4]}
            rows={preview.byMeasure.map(({ measure, total }) => {
              const costed = COSTED_MEASURES.has(measure);
              return [
                t(`measures.${measure}`),
                total.gained,
                total.lost,
                costed ? money(total.monthlyCostAfter - total.monthlyCostBefore) : t("rules.impact.notCosted"),
                costed ? money(total.yearlyCostAfter - total.yearlyCostBefore) : t("rules.impact.notCosted"),
              ];
            })}
          />

          {preview.byMeasure.every(({ total }) => total.gained === 0 && total.lost === 0) ? <Alert title={t("rules.impact.noChanges")} /> : null}

          {preview.byMeasure
            .filter(({ total }) => total.gained > 0 || total.lost > 0)
            .map(({ measure, total, districts }) => {
              const measureName = t(`measures.${measure}`);
              const costed = COSTED_MEASURES.has(measure);
              const cells = (row: { gained: number; lost: number; monthlyCostBefore: number; monthlyCostAfter: number; yearlyCostBefore: number; yearlyCostAfter: number }, district?: string) => {
                const where = district ? t(`districts.${district as District}`) : t("rules.impact.total");
                return [
                row.gained > 0 ? (
                  <Link key="gained" href={listHref(measure, "gained", district)} className={linkStyle}>
                    {row.gained}
                    {hidden(` ${t("rules.impact.gainedIn", { measure: measureName, district: where })}`)}
                  </Link>
                ) : (
                  0
                ),
                row.lost > 0 ? (
                  <Link key="lost" href={listHref(measure, "lost", district)} className={linkStyle}>
                    {row.lost}
                    {hidden(` ${t("rules.impact.lostIn", { measure: measureName, district: where })}`)}
                  </Link>
                ) : (
                  0
                ),
                costed ? money(row.monthlyCostAfter - row.monthlyCostBefore) : t("rules.impact.notCosted"),
                costed ? money(row.yearlyCostAfter - row.yearlyCostBefore) : t("rules.impact.notCosted"),
                ];
              };
              return (
                <section key={measure} aria-labelledby={`measure-${measure}`} className="space-y-4">
                  <h2 id={`measure-${measure}`} className="text-2xl font-bold">
                    {measureName}
                  </h2>
                  <Table
                    caption={t("rules.impact.districtCaption", { measure: measureName })}
                    headers={[t("rules.impact.district"), t("rules.impact.gained"), t("rules.impact.lost"), t("rules.impact.monthlyChange"), t("rules.impact.yearlyChange")]}
                    numericColumns={[1, 2, 3, 4]}
                    rows={[
                      ...districts.map((row) => [t(`districts.${row.district}`), ...cells(row, row.district)]),
                      [<strong key="total">{t("rules.impact.total")}</strong>, ...cells(total)],
                    ]}
                  />
                  <ImpactChart
                    id={`chart-${measure}`}
                    title={t("rules.impact.chartTitle", { measure: measureName })}
                    description={t("rules.impact.chartDesc")}
                    legend={{ gained: t("rules.impact.legendGained"), lost: t("rules.impact.legendLost") }}
                    rows={districts.map((row) => ({ district: row.district, label: t(`districts.${row.district}`), gained: row.gained, lost: row.lost }))}
                  />
                  <p className="flex flex-wrap gap-x-6">
                    {total.gained > 0 ? (
                      <Link href={listHref(measure, "gained")} className={linkStyle}>
                        {t.rich("rules.impact.listGained", { measure: measureName, hidden })}
                      </Link>
                    ) : null}
                    {total.lost > 0 ? (
                      <Link href={listHref(measure, "lost")} className={linkStyle}>
                        {t.rich("rules.impact.listLost", { measure: measureName, hidden })}
                      </Link>
                    ) : null}
                  </p>
                </section>
              );
            })}
        </>
      )}
    </div>
  );
}
