// Previous / next links with the filters kept; plain links, so they work without JavaScript.
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { queueHref, type QueueFilters } from "@/lib/work-queue/queue-filters";

const LINK = "inline-flex min-h-11 items-center font-semibold text-blue-800 underline";

export async function QueuePagination({ filters, page, pageCount }: { filters: QueueFilters; page: number; pageCount: number }) {
  if (pageCount <= 1 && page <= 1) return null;
  const t = await getTranslations("workQueue");
  return (
    <nav aria-label={t("paginationLabel")} className="flex flex-wrap items-center gap-x-6 gap-y-2">
      {page > 1 ? (
        <Link href={queueHref(filters, { page: Math.min(page - 1, pageCount) })} className={LINK} rel="prev">
          ← {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={queueHref(filters, { page: page + 1 })} className={LINK} rel="next">
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
