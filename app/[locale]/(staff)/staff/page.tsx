import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QueueFilterForm } from "@/components/work-queue/queue-filter-form";
import { QueueNotice } from "@/components/work-queue/queue-notice";
import { QueuePagination } from "@/components/work-queue/queue-pagination";
import { QueueSummary } from "@/components/work-queue/queue-summary";
import { QueueTable } from "@/components/work-queue/queue-table";
import { countApplicationsInScope } from "@/lib/applications/count-applications-in-scope";
import { loadForPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { Link, redirect } from "@/lib/i18n/navigation";
import { listQueueAssignees } from "@/lib/work-queue/list-queue-assignees";
import { listWorkQueue } from "@/lib/work-queue/list-work-queue";
import { canonicalQueueHref, parseQueueFilters, queueHref, queueQueryString } from "@/lib/work-queue/queue-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workQueue");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function WorkQueuePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sent = await searchParams;
  const canonical = canonicalQueueHref(sent);
  if (canonical) await redirect(canonical);
  const requested = parseQueueFilters(sent);
  const t = await getTranslations();
  const now = new Date();
  const view = await loadForPage(locale, "/staff", async (user) => {
    const [queue, counts, assignees] = await Promise.all([
      listWorkQueue(user, requested, now),
      countApplicationsInScope(user, now),
      listQueueAssignees(user),
    ]);
    return {
      queue, counts, assignees,
      // Whoever may assign does it on the assign page (themself included); others claim.
      canClaim: !can(user, "assign", "application") && can(user, "review", "application"),
      canAssign: can(user, "assign", "application"),
      canApproveSecond: can(user, "approve-second", "application"),
    };
  });
  const { queue, counts } = view;
  const cityWide = queue.district === null;
  const returnTo = queueQueryString(queue.filters);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("workQueue.title")}</h1>
        <p className="text-lg">
          {counts.district ? t("staff.scopeDistrict", { district: t(`districts.${counts.district}`) }) : t("staff.scopeCity")}
        </p>
      </div>
      <QueueNotice notice={requested.notice} />
      <QueueSummary counts={counts} showAwaiting={view.canApproveSecond} />
      <QueueFilterForm locale={locale} filters={queue.filters} assignees={view.assignees} showDistrict={cityWide} showAwaiting={view.canApproveSecond} />
      <section aria-labelledby="queue-results" className="space-y-4">
        <h2 id="queue-results" className="text-xl font-bold">
          {t("workQueue.found", { count: queue.total })}
        </h2>
        {queue.rows.length > 0 ? (
          <QueueTable
            locale={locale}
            rows={queue.rows}
            page={queue.page}
            pageCount={queue.pageCount}
            showDistrict={cityWide}
            canClaim={view.canClaim}
            canAssign={view.canAssign}
            returnTo={returnTo}
          />
        ) : queue.total > 0 ? (
          <p>
            {t("workQueue.emptyPage")}{" "}
            <Link href={queueHref(queue.filters, { page: 1 })} className="font-semibold text-blue-800 underline">
              {t("workQueue.firstPage")}
            </Link>
          </p>
        ) : (
          <p>{t("workQueue.empty")}</p>
        )}
        <QueuePagination filters={queue.filters} page={queue.page} pageCount={queue.pageCount} />
      </section>
    </div>
  );
}
