import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { Table } from "@/components/ui/table";
import { formatDate, formatMonth, formatNumber, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { SMALL_COUNT_THRESHOLD } from "@/lib/statistics/small-count";
import { loadPublicFigures } from "@/lib/transparency/load-public-figures";
import { District, Measure } from "@/prisma/generated/enums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("transparency");
  return { title: t("title") };
}

const monthDate = (month: string) => new Date(`${month}T00:00:00Z`);

export default async function TransparencyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const figures = await loadPublicFigures();
  const t = await getTranslations();
  const money = (value: number) => formatTenge(locale, value);
  const count = (value: number | null) => (value === null ? t("transparency.fewerThan", { threshold: SMALL_COUNT_THRESHOLD }) : formatNumber(locale, value));

  const paidTotalByMonth = figures.months.map((month) => figures.paidByMonth.filter((row) => row.month === month).reduce((sum, row) => sum + row.amountTenge, 0));
  const paidMeasures = Object.values(Measure).filter((measure) => figures.paidByMonth.some((row) => row.measure === measure));
  const helpedMeasures = Object.values(Measure).filter((measure) => figures.familiesHelped.some((row) => row.measure === measure));
  const helped = (measure: Measure, district: District) => figures.familiesHelped.find((row) => row.measure === measure && row.district === district);

  return (
    <div className="space-y-12">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("transparency.title")}</h1>
        <p className="max-w-3xl text-lg">{t("transparency.lead")}</p>
        <p>{t("transparency.asOf", { date: formatDate(locale, monthDate(figures.asOf)) })}</p>
        <p>{t("transparency.privacy", { threshold: SMALL_COUNT_THRESHOLD })}</p>
      </div>

      <section aria-labelledby="paid-heading" className="space-y-6">
        <h2 id="paid-heading" className="text-2xl font-bold">
          {t("transparency.paidHeading")}
        </h2>
        <BarChart
          title={t("transparency.paidChart")}
          bars={figures.months.map((month, index) => ({ label: formatMonth(locale, monthDate(month)), value: paidTotalByMonth[index] ?? 0, display: money(paidTotalByMonth[index] ?? 0) }))}
        />
        <Table
          caption={t("transparency.paidTable")}
          headers={[t("transparency.month"), ...paidMeasures.map((measure) => t(`measures.${measure}`)), t("transparency.total")]}
          numericColumns={Array.from({ length: paidMeasures.length + 1 }, (_, index) => index + 1)}
          rows={figures.months.map((month, index) => [
            formatMonth(locale, monthDate(month)),
            ...paidMeasures.map((measure) => money(figures.paidByMonth.find((row) => row.month === month && row.measure === measure)?.amountTenge ?? 0)),
            money(paidTotalByMonth[index] ?? 0),
          ])}
        />
      </section>

      <section aria-labelledby="helped-heading" className="space-y-6">
        <h2 id="helped-heading" className="text-2xl font-bold">
          {t("transparency.helpedHeading")}
        </h2>
        <Table
          caption={t("transparency.helpedTable")}
          headers={[t("transparency.measure"), ...Object.values(District).map((district) => t(`districts.${district}`))]}
          numericColumns={Object.values(District).map((_, index) => index + 1)}
          rows={helpedMeasures.map((measure) => [t(`measures.${measure}`), ...Object.values(District).map((district) => count(helped(measure, district)?.families ?? 0))])}
        />
      </section>

      <section aria-labelledby="queue-heading" className="space-y-6">
        <h2 id="queue-heading" className="text-2xl font-bold">
          {t("transparency.queueHeading")}
        </h2>
        <p className="text-lg">{t("transparency.queueWaiting", { count: figures.queue.waiting })}</p>
        <BarChart
          title={t("transparency.queueChart")}
          bars={figures.months.map((month) => {
            const flats = figures.queue.flatsByMonth[month] ?? 0;
            return { label: formatMonth(locale, monthDate(month)), value: flats, display: formatNumber(locale, flats) };
          })}
        />
        <Table
          caption={t("transparency.queueTable")}
          headers={[t("transparency.month"), t("transparency.registered"), t("transparency.flats")]}
          numericColumns={[1, 2]}
          rows={figures.months.map((month) => [
            formatMonth(locale, monthDate(month)),
            count(figures.queue.registeredByMonth[month] ?? 0),
            formatNumber(locale, figures.queue.flatsByMonth[month] ?? 0),
          ])}
        />
      </section>

      <section aria-labelledby="budget-heading" className="space-y-6">
        <h2 id="budget-heading" className="text-2xl font-bold">
          {t("transparency.budgetHeading", { year: figures.budget.year })}
        </h2>
        {figures.budget.rows.length === 0 ? (
          <p>{t("transparency.budgetEmpty")}</p>
        ) : (
          <Table
            caption={t("transparency.budgetTable", { year: figures.budget.year })}
            headers={[t("transparency.measure"), t("transparency.allocated"), t("transparency.paid"), t("transparency.used")]}
            numericColumns={[1, 2, 3]}
            rows={figures.budget.rows.map((row) => [
              t(`measures.${row.measure}`),
              row.allocatedTenge === null ? t("transparency.notPublished") : money(row.allocatedTenge),
              money(row.paidTenge),
              row.allocatedTenge ? `${formatNumber(locale, Math.round((row.paidTenge / row.allocatedTenge) * 1000) / 10)} %` : "—",
            ])}
          />
        )}
      </section>
    </div>
  );
}
