// Previous / next links of the waiting list, keeping the filters in the query.
import { getLocale, getTranslations } from "next-intl/server";
import { queueQueryString, type QueueQuery } from "@/lib/housing-queue/queue-search";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/format";

const LINK = "inline-block min-h-11 rounded border-2 border-slate-800 px-4 py-2 font-semibold text-blue-800 underline";

export async function QueuePagination({ query, pageCount }: { query: QueueQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("housingAdmin");
  const locale = await getLocale();
  const href = (page: number) => `/staff/housing-queue${queueQueryString({ ...query, page })}`;
  return (
    <nav aria-label={t("paginationLabel")} className="flex flex-wrap items-center gap-4">
      {query.page > 1 ? (
        <Link href={href(query.page - 1)} className={LINK} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page: formatNumber(locale as Locale, query.page), pageCount: formatNumber(locale as Locale, pageCount) })}</span>
      {query.page < pageCount ? (
        <Link href={href(query.page + 1)} className={LINK} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
