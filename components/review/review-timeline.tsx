// The application's whole history for staff, oldest first: who acted, status changes,
// messages, and internal events marked in words as never shown to the family.
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ApplicationReview } from "@/lib/review/get-application-review";

export async function ReviewTimeline({ locale, events }: { locale: Locale; events: ApplicationReview["timeline"] }) {
  const t = await getTranslations();
  return (
    <ol className="space-y-4 border-l-4 border-emerald-800 pl-4">
      {events.map((event) => {
        const isFirstApproval = event.type === "APPROVED" && event.isInternal && event.toStatus === null;
        return (
          <li key={event.id} className={`space-y-1 ${event.isInternal ? "border-2 border-dashed border-slate-500 bg-slate-50 p-2" : ""}`}>
            <p className="font-bold">{isFirstApproval ? t("review.timeline.firstApproval") : t(`applications.events.${event.type}`)}</p>
            {event.isInternal ? <p className="text-sm font-semibold">{t("review.timeline.internal")}</p> : null}
            <p className="text-sm text-slate-700">
              <time dateTime={event.createdAt.toISOString()}>{formatDateTime(locale, event.createdAt)}</time>
              {" · "}
              {event.actorName ?? t("review.timeline.system")}
            </p>
            {event.toStatus && event.toStatus !== event.fromStatus ? <p className="text-sm">{t("review.timeline.statusChange", { status: t(`statuses.${event.toStatus}`) })}</p> : null}
            {event.message ? <p className="whitespace-pre-line break-words">{event.message}</p> : null}
            {event.respondBy ? <p className="text-sm font-semibold">{t("review.timeline.respondBy", { date: formatDateTime(locale, event.respondBy) })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
