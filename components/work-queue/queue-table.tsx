// One page of the queue as a table. Each reference opens the application; the last
// column holds what the reader can do with the row (claim it, or assign it).
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { WorkQueueRow } from "@/lib/work-queue/list-work-queue";
import { QUEUE_OPEN_STATUSES } from "@/lib/work-queue/queue-where";
import { formatAlmatyDate } from "./almaty-date";
import { ClaimButton } from "./claim-button";
import { DeadlineBadge } from "./deadline-badge";

export interface QueueTableProps {
  locale: Locale;
  rows: WorkQueueRow[];
  page: number;
  pageCount: number;
  showDistrict: boolean;
  /** Caseworkers claim unassigned open cases. */
  canClaim: boolean;
  /** Supervisors assign open cases on /staff/assign/<id>. */
  canAssign: boolean;
  /** The queue's query string, to come back to the same view afterwards. */
  returnTo: string;
}

export async function QueueTable({ locale, rows, page, pageCount, showDistrict, canClaim, canAssign, returnTo }: QueueTableProps) {
  const t = await getTranslations();
  const withAction = canClaim || canAssign;
  const headers = [
    t("workQueue.colReference"), t("workQueue.colApplicant"), t("workQueue.colMeasure"),
    ...(showDistrict ? [t("workQueue.colDistrict")] : []),
    t("workQueue.colStatus"), t("workQueue.colSubmitted"), t("workQueue.colDue"), t("workQueue.colDeadline"), t("workQueue.colAssignee"),
    ...(withAction ? [t("workQueue.colAction")] : []),
  ];
  const assignQuery = returnTo ? `?${returnTo}` : "";
  const body = rows.map((row) => {
      const open = (QUEUE_OPEN_STATUSES as readonly string[]).includes(row.status);
      let action: React.ReactNode = null;
      if (canClaim && open && row.assigneeId === null) {
        action = <ClaimButton applicationId={row.id} version={row.version} reference={row.reference} returnTo={returnTo} />;
      } else if (canAssign && open) {
        action = (
          <Link href={`/staff/assign/${row.id}${assignQuery}`} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline">
            {t("workQueue.assign")}
            <span className="sr-only"> {row.reference}</span>
          </Link>
        );
      }
      return [
        <Link key="reference" href={`/staff/applications/${row.id}`} className="whitespace-nowrap font-semibold text-blue-800 underline">
          {row.reference}
        </Link>,
        row.applicantName,
        t(`measures.${row.measure}`),
        ...(showDistrict ? [t(`districts.${row.district}`)] : []),
        t(`statuses.${row.status}`),
        row.submittedAt ? formatAlmatyDate(locale, row.submittedAt) : t("workQueue.noDate"),
        row.dueAt ? formatAlmatyDate(locale, row.dueAt) : t("workQueue.noDate"),
        <DeadlineBadge key="deadline" state={row.deadlineState} />,
        row.assigneeName ?? <span key="assignee" className="text-slate-700">{t("workQueue.unassigned")}</span>,
        ...(withAction ? [action] : []),
      ];
    });
  return <Table caption={t("workQueue.tableCaption", { page, pages: pageCount })} headers={headers} rows={body} />;
}
