import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QueueFilterForm } from "@/components/housing-queue/queue-filter-form";
import { QueuePagination } from "@/components/housing-queue/queue-pagination";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { listQueue } from "@/lib/housing-queue/list-queue";
import { QUEUE_CATEGORY_PRIORITY } from "@/lib/housing-queue/queue-order";
import { readQueueQuery } from "@/lib/housing-queue/queue-search";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("housingAdmin");
  return { title: t("title") };
}

export default async function HousingQueueAdminPage({ params, searchParams }: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const query = readQueueQuery(search);
  const t = await getTranslations();
  const { page, mayManage } = await loadForPage(locale, "/staff/housing-queue", async (user) => ({
    page: await listQueue(user, query),
    mayManage: can(user, "manage", "housing"),
  }));
  const countOf = (category: string) => page.countsByCategory.find((row) => row.category === category)?.count ?? 0;
  const searchNotice = search.search === "iin-not-found" ? t("housingAdmin.searchIinNotFound") : search.search === "invalid" ? t("housingAdmin.searchInvalid") : null;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("housingAdmin.title")}</h1>
        <p className="text-lg">{t("housingAdmin.lead")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/staff/housing-queue/allocations" className="inline-block py-1 font-semibold text-blue-800 underline">
              {t("housingAdmin.allocationsLink")}
            </Link>
          </li>
          {mayManage ? (
            <li>
              <Link href="/staff/housing-queue/allocations/new" className="inline-block py-1 font-semibold text-blue-800 underline">
                {t("housingAdmin.newAllocationLink")}
              </Link>
            </li>
          ) : null}
        </ul>
      </div>
      <Table
        caption={t("housingAdmin.countsCaption")}
        headers={[t("housingAdmin.countsCategory"), t("housingAdmin.countsWaiting")]}
        numericColumns={[1]}
        rows={[
          ...QUEUE_CATEGORY_PRIORITY.map((category) => [t(`applications.housingQueue.categories.${category}`), formatNumber(locale, countOf(category))]),
          [<strong key="total">{t("housingAdmin.countsTotal")}</strong>, <strong key="sum">{formatNumber(locale, page.countsByCategory.reduce((sum, row) => sum + row.count, 0))}</strong>],
        ]}
      />
      {searchNotice ? (
        <Alert tone="error" live>
          {searchNotice}
        </Alert>
      ) : null}
      <QueueFilterForm query={query} />
      {page.rows.length ? (
        <Table
          caption={t("housingAdmin.tableCaption", { page: formatNumber(locale, page.page), pageCount: formatNumber(locale, page.pageCount), total: formatNumber(locale, page.total) })}
          headers={[t("housingAdmin.colPosition"), t("housingAdmin.colName"), t("housingAdmin.colDistrict"), t("housingAdmin.colCategory"), t("housingAdmin.colRegistered")]}
          numericColumns={[0]}
          rows={page.rows.map((row) => [
            formatNumber(locale, row.position),
            <Link key={row.id} href={`/staff/housing-queue/${encodeURIComponent(row.id)}`} className="font-semibold text-blue-800 underline">
              {row.fullName}
            </Link>,
            t(`districts.${row.district}`),
            t(`applications.housingQueue.categories.${row.category}`),
            formatDate(locale, row.registeredAt),
          ])}
        />
      ) : (
        <p>{t("housingAdmin.empty")}</p>
      )}
      <QueuePagination query={{ ...query, page: page.page }} pageCount={page.pageCount} />
    </div>
  );
}
