// The compact summary above the queue: open cases by deadline state, each a link that
// filters the queue to them, and the quick links a caseworker uses all day.
import { getTranslations } from "next-intl/server";
import type { ApplicationCounts } from "@/lib/applications/count-applications-in-scope";
import { Link } from "@/lib/i18n/navigation";
import { queueHref, DEFAULT_QUEUE_FILTERS } from "@/lib/work-queue/queue-filters";
import type { DeadlineState } from "@/lib/work-queue/deadline-state";

const LINK = "inline-flex min-h-6 items-center font-semibold text-blue-800 underline";

export async function QueueSummary({ counts, showAwaiting }: { counts: ApplicationCounts; showAwaiting: boolean }) {
  const t = await getTranslations("workQueue");
  const byState: [DeadlineState, number][] = [
    ["breached", counts.breached], ["at-risk", counts.atRisk], ["on-track", counts.onTrack], ["paused", counts.paused],
  ];
  return (
    <section aria-labelledby="queue-summary-heading" className="space-y-3">
      <h2 id="queue-summary-heading" className="sr-only">
        {t("summaryHeading")}
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={queueHref(DEFAULT_QUEUE_FILTERS)} className={LINK}>
            {t("summaryOpen", { count: counts.open })}
          </Link>
        </li>
        {byState.map(([state, count]) => (
          <li key={state}>
            <Link href={queueHref(DEFAULT_QUEUE_FILTERS, { deadline: state })} className={LINK}>
              {t(`states.${state}`)}: {count}
            </Link>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={queueHref(DEFAULT_QUEUE_FILTERS, { assignee: "me" })} className={LINK}>
            {t("myCases")}
          </Link>
        </li>
        {showAwaiting ? (
          <li>
            <Link href={queueHref(DEFAULT_QUEUE_FILTERS, { awaiting: "second-approval" })} className={LINK}>
              {t("awaitingSecondApprovalLink")}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
