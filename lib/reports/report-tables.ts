// Each report as a table of translated headers and plain cells: the one shape both the
// reports page and the CSV export read, so the file always says what the page says.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { formatMonth } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ApplicationStatus, District, Measure, PaymentStatus } from "@/prisma/generated/enums";
import { applicationsByStatus, deadlineCompliance, paymentsByMonth, submissionsByMonth, type ReportName } from "./staff-reports";

export interface ReportTable {
  title: string;
  headers: string[];
  /** Cells as numbers (counts, integer tenge) or text; the first column is the row's label. */
  rows: (string | number)[][];
  /** Bars for the chart: one per row, from the given column. */
  chartColumn: number;
}

const STATUSES = Object.values(ApplicationStatus).filter((status) => status !== "DRAFT");

export async function buildReportTable(actor: Actor, name: ReportName, locale: Locale, now = new Date()): Promise<ReportTable> {
  const t = await getTranslations({ locale });
  const month = (key: string) => formatMonth(locale, new Date(`${key}T00:00:00Z`));
  switch (name) {
    case "applications-by-status": {
      const rows = await applicationsByStatus(actor);
      const count = (measure: Measure, status: ApplicationStatus) => rows.find((row) => row.measure === measure && row.status === status)?.count ?? 0;
      return {
        title: t("reports.byStatusTitle"),
        headers: [t("reports.measure"), ...STATUSES.map((status) => t(`statuses.${status}`)), t("reports.total")],
        rows: Object.values(Measure).map((measure) => {
          const counts = STATUSES.map((status) => count(measure, status));
          return [t(`measures.${measure}`), ...counts, counts.reduce((sum, value) => sum + value, 0)];
        }),
        chartColumn: STATUSES.length + 1,
      };
    }
    case "submissions-by-month": {
      const report = await submissionsByMonth(actor, now);
      const districts = Object.values(District);
      return {
        title: t("reports.submissionsTitle"),
        headers: [t("reports.month"), ...districts.map((district) => t(`districts.${district}`)), t("reports.total")],
        rows: report.months.map((key) => {
          const counts = districts.map((district) => report.rows.find((row) => row.month === key && row.district === district)?.count ?? 0);
          return [month(key), ...counts, counts.reduce((sum, value) => sum + value, 0)];
        }),
        chartColumn: districts.length + 1,
      };
    }
    case "payments-by-month": {
      const report = await paymentsByMonth(actor, now);
      const statuses = Object.values(PaymentStatus);
      return {
        title: t("reports.paymentsTitle"),
        headers: [t("reports.month"), ...statuses.map((status) => t(`reports.paymentStatus.${status}`)), t("reports.paidTenge")],
        rows: report.months.map((key) => [
          month(key),
          ...statuses.map((status) => report.rows.find((row) => row.month === key && row.status === status)?.count ?? 0),
          report.rows.find((row) => row.month === key && row.status === "PAID")?.amountTenge ?? 0,
        ]),
        chartColumn: statuses.length + 1,
      };
    }
    case "deadline-compliance": {
      const report = await deadlineCompliance(actor, now);
      return {
        title: t("reports.deadlineTitle", { breached: report.breachedOpen }),
        headers: [t("reports.month"), t("reports.onTime"), t("reports.late"), t("reports.onTimeShare")],
        rows: report.months.map((key) => {
          const row = report.rows.find((candidate) => candidate.month === key) ?? { onTime: 0, late: 0 };
          const total = row.onTime + row.late;
          return [month(key), row.onTime, row.late, total ? Math.round((row.onTime / total) * 1000) / 10 : 0];
        }),
        chartColumn: 3,
      };
    }
  }
}
