import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { formatAlmatyDate } from "@/components/work-queue/almaty-date";
import { DeadlineBadge } from "@/components/work-queue/deadline-badge";
import { QueueNotice } from "@/components/work-queue/queue-notice";
import { loadForPage } from "@/lib/auth/page-access";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { assignApplicationAction } from "@/lib/work-queue/actions/assign-application";
import { loadAssignment } from "@/lib/work-queue/load-assignment";
import { parseQueueFilters, queueHref, queueQueryString } from "@/lib/work-queue/queue-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workQueue");
  return { title: t("assign") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AssignApplicationPage({ params, searchParams }: {
  params: Promise<{ locale: Locale; applicationId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  // The page carries the queue's filters along, to go back to the same view.
  const filters = parseQueueFilters(await searchParams);
  const t = await getTranslations();
  const view = await loadForPage(locale, `/staff/assign/${applicationId}`, (user) => loadAssignment(user, applicationId));
  const invalid = filters.notice === "invalid";
  const details: [string, React.ReactNode][] = [
    [t("workQueue.colApplicant"), view.applicantName],
    [t("workQueue.colMeasure"), t(`measures.${view.measure}`)],
    [t("workQueue.colDistrict"), t(`districts.${view.district}`)],
    [t("workQueue.colStatus"), t(`statuses.${view.status}`)],
    [t("workQueue.colDue"), view.dueAt ? formatAlmatyDate(locale, view.dueAt) : t("workQueue.noDate")],
    [t("workQueue.colDeadline"), <DeadlineBadge key="deadline" state={view.deadlineState} />],
    [t("workQueue.currentAssignee"), view.assigneeName ?? t("workQueue.unassigned")],
  ];
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("workQueue.assignTitle", { reference: view.reference })}</h1>
      {invalid ? (
        <ErrorSummary title={t("errors.summaryTitle")} errors={[{ field: "assigneeId", message: t("workQueue.invalidAssignee") }]} />
      ) : (
        <QueueNotice notice={filters.notice} />
      )}
      <section aria-labelledby="assign-application-heading">
        <h2 id="assign-application-heading" className="text-xl font-bold">
          {t("workQueue.assignSummaryCaption")}{" "}
          <Link href={`/staff/applications/${view.id}`} className="text-blue-800 underline">
            {view.reference}
          </Link>
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {view.closed ? (
        <Alert tone="info" title={t("workQueue.closedNotice")} />
      ) : (
        <form action={assignApplicationAction} className="space-y-5 [&_select]:w-full [&_select]:max-w-full">
          <p>{t("workQueue.assignLead", { district: t(`districts.${view.district}`) })}</p>
          <input type="hidden" name="applicationId" value={view.id} />
          <input type="hidden" name="version" value={view.version} />
          <input type="hidden" name="returnTo" value={queueQueryString(filters)} />
          <SelectField
            name="assigneeId"
            label={t("workQueue.assigneeSelectLabel")}
            hint={t("workQueue.assigneeSelectHint")}
            error={invalid ? t("workQueue.invalidAssignee") : undefined}
            defaultValue={view.assigneeId ?? ""}
            options={[
              { value: "", label: t("workQueue.leaveUnassigned") },
              ...view.candidates.map((user) => ({ value: user.id, label: user.isSelf ? t("workQueue.yourself", { name: user.fullName }) : user.fullName })),
            ]}
          />
          <Button type="submit">{t("workQueue.assignSubmit")}</Button>
        </form>
      )}
      <p>
        <Link href={queueHref(filters)} className="font-semibold text-blue-800 underline">
          {t("workQueue.backToQueue")}
        </Link>
      </p>
    </div>
  );
}
