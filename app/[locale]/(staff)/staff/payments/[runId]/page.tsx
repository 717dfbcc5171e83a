import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportConfirmationForm } from "@/components/payments/import-confirmation-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Money } from "@/components/payments/money";
import type { Locale } from "@/lib/i18n/locales";
import { Link, localizedHref } from "@/lib/i18n/navigation";
import { formatDayInAlmaty } from "@/lib/i18n/format";
import { formatPeriodMonth } from "@/lib/payments/format-period-month";
import { getPaymentRun, PAYMENTS_PER_PAGE } from "@/lib/payments/get-payment-run";
import { periodMonthOf } from "@/lib/payments/period-month";
import { runPageQuerySchema } from "@/lib/payments/run-page-query";
import { PaymentStatus } from "@/prisma/generated/enums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("title") };
}

const LINK = "text-blue-800 underline hover:text-blue-950";

export default async function PaymentRunPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; runId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, runId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const query = runPageQuerySchema.parse(await searchParams);
  const { run, canRun } = await loadForPage(locale, `/staff/payments/${runId}`, async (user) => ({
    run: await getPaymentRun(user, { runId, status: query.status, page: query.page }, db),
    canRun: can(user, "run", "payment"),
  }));
  const month = formatPeriodMonth(locale, periodMonthOf(run.periodMonth));
  const unanswered = (run.counts.SCHEDULED ?? 0) + (run.counts.SENT ?? 0);
  const from = run.matching ? (run.page - 1) * PAYMENTS_PER_PAGE + 1 : 0;
  const to = Math.min(run.page * PAYMENTS_PER_PAGE, run.matching);
  const pageHref = (page: number) => `/staff/payments/${run.id}?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), page: String(page) })}`;

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p>
          <Link href="/staff/payments" className={LINK}>
            {t("payments.run.back")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{t("payments.run.title", { month })}</h1>
        <p>{t("payments.run.facts", { date: formatDayInAlmaty(locale, run.createdAt), name: run.startedByName ?? t("payments.notRecorded") })}</p>
        {run.exportedAt ? <p>{t("payments.run.exportedOn", { date: formatDayInAlmaty(locale, run.exportedAt) })}</p> : null}
        {run.confirmedAt ? <p>{t("payments.run.confirmedOn", { date: formatDayInAlmaty(locale, run.confirmedAt) })}</p> : null}
      </div>

      <Table
        caption={t("payments.run.summaryCaption")}
        headers={[t("payments.columns.status"), t("payments.columns.count"), t("payments.columns.amount")]}
        numericColumns={[1, 2]}
        rows={Object.values(PaymentStatus)
          .filter((status) => run.counts[status])
          .map((status) => [t(`payments.statuses.${status}`), run.counts[status] ?? 0, <Money key="amount" locale={locale} amount={run.totals[status] ?? 0} />])}
      />

      {canRun ? (
        <section aria-labelledby="bank-file-heading" className="space-y-3">
          <h2 id="bank-file-heading" className="text-2xl font-bold">
            {t("payments.bankFile.heading")}
          </h2>
          {unanswered ? (
            <>
              <p className="max-w-2xl">{t("payments.bankFile.lead")}</p>
              {/* A plain link: the browser downloads the attachment; nothing is prefetched. */}
              <a href={`/api/payment-runs/${run.id}/bank-file`} download className={`inline-block py-1 font-semibold ${LINK}`}>
                {t("payments.bankFile.download", { month })}
              </a>
            </>
          ) : (
            <p>{t("payments.bankFile.nothingToSend")}</p>
          )}
        </section>
      ) : null}

      {canRun ? (
        <section aria-labelledby="import-heading" className="space-y-3">
          <h2 id="import-heading" className="text-2xl font-bold">
            {t("payments.importForm.heading")}
          </h2>
          <p className="max-w-2xl">{t("payments.importForm.lead")}</p>
          <ImportConfirmationForm
            runId={run.id}
            text={{
              summaryTitle: t("errors.summaryTitle"),
              required: t("common.required"),
              fileLabel: t("payments.importForm.fileLabel"),
              fileHint: t("payments.importForm.fileHint"),
              submit: t("payments.importForm.submit"),
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="payments-heading" className="space-y-4">
        <h2 id="payments-heading" className="text-2xl font-bold">
          {t("payments.columns.payments")}
        </h2>
        {/* A GET form: the filter is part of the address and works without JavaScript. */}
        <form method="get" action={localizedHref(locale, `/staff/payments/${run.id}`)} className="flex flex-wrap items-end gap-3">
          <SelectField
            name="status"
            label={t("payments.run.filterLabel")}
            placeholder={t("payments.run.allStatuses")}
            defaultValue={query.status ?? ""}
            options={Object.values(PaymentStatus).map((status) => ({ value: status, label: t(`payments.statuses.${status}`) }))}
          />
          <Button type="submit" variant="secondary">
            {t("payments.run.filterSubmit")}
          </Button>
        </form>
        {run.matching ? (
          <Table
            caption={t("payments.run.paymentsCaption", { from, to, count: run.matching })}
            headers={[
              t("payments.columns.recipient"),
              t("payments.columns.measure"),
              t("payments.columns.application"),
              t("payments.columns.amount"),
              t("payments.columns.status"),
              t("payments.columns.bankNote"),
            ]}
            numericColumns={[3]}
            rows={run.payments.map((payment) => [
              payment.recipientName,
              t(`measures.${payment.measure}`),
              <Link key="application" href={`/staff/applications/${payment.applicationId}`} className={`whitespace-nowrap ${LINK}`}>
                {payment.applicationReference}
              </Link>,
              <Money key="amount" locale={locale} amount={payment.amountTenge} />,
              t(`payments.statuses.${payment.status}`),
              payment.bankReference ?? payment.failureReason ?? "",
            ])}
          />
        ) : (
          <p>{t("payments.run.noPayments")}</p>
        )}
        {run.pages > 1 ? (
          <nav aria-label={t("payments.run.pagination")} className="flex flex-wrap items-center gap-4">
            {run.page > 1 ? (
              <Link href={pageHref(run.page - 1)} className={`py-1 ${LINK}`}>
                {t("payments.run.previous")}
              </Link>
            ) : null}
            <span>{t("payments.run.pageOf", { page: run.page, pages: run.pages })}</span>
            {run.page < run.pages ? (
              <Link href={pageHref(run.page + 1)} className={`py-1 ${LINK}`}>
                {t("payments.run.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
