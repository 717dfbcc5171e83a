import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { Money } from "@/components/payments/money";
import type { Locale } from "@/lib/i18n/locales";
import { Link, localizedHref } from "@/lib/i18n/navigation";
import { formatPeriodMonth } from "@/lib/payments/format-period-month";
import { ledgerQuerySchema } from "@/lib/payments/ledger-query";
import { getPaymentLedger } from "@/lib/payments/payment-ledger";
import { formatNumber } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments.ledger");
  return { title: t("title") };
}

export default async function PaymentLedgerPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const currentYear = Number(dateInAlmaty(new Date()).slice(0, 4));
  const { year } = ledgerQuerySchema(currentYear).parse(await searchParams);
  const ledger = await loadForPage(locale, "/staff/payments/ledger", (user) => getPaymentLedger(user, { year }, db));
  const years = [...new Set([currentYear, year, ...ledger.years])].sort((a, b) => b - a);
  const count = (value: number) => formatNumber(locale, value);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/staff/payments" className="text-blue-800 underline hover:text-blue-950">
            {t("payments.title")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{t("payments.ledger.title")}</h1>
        <p className="text-lg">
          {ledger.district ? t("payments.ledger.scopeDistrict", { district: t(`districts.${ledger.district}`) }) : t("payments.ledger.scopeCity")}
        </p>
      </div>
      {/* A GET form: the year is part of the address and works without JavaScript. */}
      <form method="get" action={localizedHref(locale, "/staff/payments/ledger")} className="flex flex-wrap items-end gap-3">
        <SelectField
          name="year"
          label={t("payments.ledger.yearLabel")}
          defaultValue={String(year)}
          options={years.map((option) => ({ value: String(option), label: String(option) }))}
        />
        <Button type="submit" variant="secondary">
          {t("payments.ledger.show")}
        </Button>
      </form>
      {ledger.rows.length ? (
        <Table
          caption={t("payments.ledger.caption", { year })}
          headers={[
            t("payments.columns.month"),
            t("payments.columns.measure"),
            t("payments.statuses.SCHEDULED"),
            t("payments.statuses.SENT"),
            t("payments.statuses.PAID"),
            t("payments.statuses.FAILED"),
            t("payments.statuses.RETURNED"),
            t("payments.ledger.paidSum"),
          ]}
          numericColumns={[2, 3, 4, 5, 6, 7]}
          rows={[
            ...ledger.rows.map((row) => [
              formatPeriodMonth(locale, row.periodMonth),
              t(`measures.${row.measure}`),
              count(row.scheduled),
              count(row.sent),
              count(row.paid),
              count(row.failed),
              count(row.returned),
              <Money key="sum" locale={locale} amount={row.paidTenge} />,
            ]),
            [
              <strong key="label">{t("payments.ledger.total")}</strong>,
              "",
              ...[ledger.totals.scheduled, ledger.totals.sent, ledger.totals.paid, ledger.totals.failed, ledger.totals.returned].map((value, index) => (
                <strong key={index}>{count(value)}</strong>
              )),
              <strong key="sum"><Money locale={locale} amount={ledger.totals.paidTenge} /></strong>,
            ],
          ]}
        />
      ) : (
        <p>{t("payments.ledger.empty", { year })}</p>
      )}
    </div>
  );
}
