import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { buildReportTable } from "@/lib/reports/report-tables";
import { REPORT_NAMES } from "@/lib/reports/staff-reports";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const tables = await loadForPage(locale, "/staff/reports", (user) => Promise.all(REPORT_NAMES.map(async (name) => ({ name, table: await buildReportTable(user, name, locale) }))));
  const t = await getTranslations();
  const cell = (value: string | number) => (typeof value === "number" ? formatNumber(locale, value) : value);
  return (
    <div className="space-y-12">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("reports.title")}</h1>
        <p>{t("reports.lead")}</p>
      </div>
      {tables.map(({ name, table }) => (
        <section key={name} aria-labelledby={`${name}-heading`} className="space-y-4">
          <h2 id={`${name}-heading`} className="text-2xl font-bold">
            {table.title}
          </h2>
          <BarChart
            title={t("reports.chartOf", { column: table.headers[table.chartColumn] ?? "" })}
            bars={table.rows.map((row) => ({ label: String(row[0]), value: Number(row[table.chartColumn] ?? 0), display: cell(row[table.chartColumn] ?? 0) }))}
          />
          <Table
            caption={table.title}
            headers={table.headers}
            numericColumns={table.headers.map((_, index) => index).filter((index) => index > 0)}
            rows={table.rows.map((row) => row.map(cell))}
          />
          <p>
            {/* A plain link: the file is a download, not a page of the app. */}
            <a href={`/api/reports/${name}?locale=${locale}`} className="underline" download>
              {t("reports.downloadCsv", { title: table.title })}
            </a>
          </p>
        </section>
      ))}
    </div>
  );
}
