import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaymentStatusCounts } from "@/components/payments/payment-status-counts";
import { RunPaymentsForm } from "@/components/payments/run-payments-form";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { accessLevel, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Money } from "@/components/payments/money";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatDayInAlmaty } from "@/lib/i18n/format";
import { formatPeriodMonth } from "@/lib/payments/format-period-month";
import { listPaymentRuns } from "@/lib/payments/list-payment-runs";
import { periodMonthOf } from "@/lib/payments/period-month";
import { runnableMonths } from "@/lib/payments/runnable-months";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("title") };
}

export default async function PaymentRunsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const { runs, canRun } = await loadForPage(locale, "/staff/payments", async (user) => {
    const access = accessLevel(user, "read", "payment");
    if (access === null || user.role === "CITIZEN") throw new AppError("FORBIDDEN");
    // Runs are city-wide: a caseworker (their district only) gets the ledger instead.
    return { runs: access === "any" ? await listPaymentRuns(user, db) : null, canRun: can(user, "run", "payment") };
  });
  const linkClass = "text-blue-800 underline hover:text-blue-950";
  const months = runnableMonths(new Date()).map((month) => ({ value: month, label: formatPeriodMonth(locale, month) }));

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("payments.title")}</h1>
        <p className="max-w-2xl text-lg">{runs ? t("payments.lead") : t("payments.caseworkerLead")}</p>
        <p>
          <Link href="/staff/payments/ledger" className={linkClass}>
            {t("payments.ledgerLink")}
          </Link>
        </p>
      </div>

      {canRun ? (
        <section aria-labelledby="run-heading" className="space-y-4">
          <h2 id="run-heading" className="text-2xl font-bold">
            {t("payments.runForm.heading")}
          </h2>
          <p className="max-w-2xl">{t("payments.runForm.lead")}</p>
          <RunPaymentsForm text={{ summaryTitle: t("errors.summaryTitle"), monthLabel: t("payments.runForm.monthLabel"), submit: t("payments.runForm.submit"), months }} />
        </section>
      ) : null}

      {runs ? (
        runs.length ? (
          <Table
            caption={t("payments.runsCaption")}
            headers={[
              t("payments.columns.month"),
              t("payments.columns.created"),
              t("payments.columns.startedBy"),
              t("payments.columns.payments"),
              t("payments.columns.total"),
              t("payments.columns.byStatus"),
              t("payments.columns.exported"),
              t("payments.columns.confirmed"),
            ]}
            numericColumns={[3, 4]}
            rows={runs.map((run) => {
              const month = formatPeriodMonth(locale, periodMonthOf(run.periodMonth));
              return [
                <Link key="run" href={`/staff/payments/${run.id}`} className={linkClass}>
                  {t("payments.openRun", { month })}
                </Link>,
                formatDayInAlmaty(locale, run.createdAt),
                run.startedByName ?? t("payments.notRecorded"),
                run.payments,
                <Money key="total" locale={locale} amount={run.totalTenge} />,
                <PaymentStatusCounts key="counts" counts={run.byStatus} />,
                run.exportedAt ? formatDayInAlmaty(locale, run.exportedAt) : t("payments.notYet"),
                run.confirmedAt ? formatDayInAlmaty(locale, run.confirmedAt) : t("payments.notYet"),
              ];
            })}
          />
        ) : (
          <p>{t("payments.noRuns")}</p>
        )
      ) : null}
    </div>
  );
}
