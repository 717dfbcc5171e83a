// The family's view of an application's history: an ordered list, oldest first, each step
// with its date, who acted (the family or the department) and the message it carried.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { OwnApplication } from "@/lib/applications/family-actions/get-own-application";
import { formatDateTime } from "@/lib/i18n/format";

export async function ApplicationTimeline({ locale, events }: { locale: Locale; events: OwnApplication["timeline"] }) {
  const t = await getTranslations();
  return (
    <ol className="space-y-4 border-l-4 border-emerald-800 pl-4">
      {events.map((event) => (
        <li key={event.id} className="space-y-1">
          <p className="font-bold">{t(`applications.events.${event.type}`)}</p>
          <p className="text-sm text-slate-700">
            <time dateTime={event.createdAt.toISOString()}>{formatDateTime(locale, event.createdAt)}</time>
            {" · "}
            {event.byFamily ? t("applications.detail.byFamily") : t("applications.detail.byDepartment")}
          </p>
          {event.toStatus && event.toStatus !== event.fromStatus ? (
            <p className="text-sm">{t("applications.detail.statusChange", { status: t(`statuses.${event.toStatus}`) })}</p>
          ) : null}
          {event.message ? <p className="whitespace-pre-line break-words">{event.message}</p> : null}
          {event.respondBy ? <p className="text-sm font-semibold">{t("applications.detail.respondBy", { date: formatDateTime(locale, event.respondBy) })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
