import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { loadForPage } from "@/lib/auth/page-access";
import { Link } from "@/lib/i18n/navigation";
import { offerApplyPath } from "@/lib/offers/offer-notice";
import type { Locale } from "@/lib/i18n/locales";
import { markReadAction } from "@/lib/notifications/actions/mark-read";
import { listOwnNotifications } from "@/lib/notifications/list-own-notifications";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const notifications = await loadForPage(locale, "/notifications", (user) => listOwnNotifications(user, locale));
  const hasUnread = notifications.some((notification) => !notification.isRead);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("notifications.title")}</h1>
      <p>{t("notifications.lead")}</p>
      {hasUnread ? (
        <form action={markReadAction}>
          <input type="hidden" name="all" value="1" />
          <Button type="submit" variant="secondary">
            {t("notifications.markAllRead")}
          </Button>
        </form>
      ) : null}
      {notifications.length ? (
        <ul aria-label={t("notifications.listLabel")} className="space-y-3">
          {notifications.map((notification) => (
            <li key={notification.id} className={`space-y-2 border-l-4 p-4 ${notification.isRead ? "border-slate-400 bg-white" : "border-emerald-800 bg-emerald-50"}`}>
              {notification.isRead ? null : <p className="text-sm font-bold uppercase tracking-wide text-emerald-900">{t("notifications.unread")}</p>}
              <p id={`notification-${notification.id}`} className={notification.isRead ? "" : "font-semibold"}>
                {notification.text}
              </p>
              <p className="text-sm text-slate-700">
                {t("notifications.received", { date: formatDateTime(locale, notification.createdAt) })}
              </p>
              <div className="flex flex-wrap items-center gap-4">
                {notification.applicationId ? (
                  <Link href={`/applications/${notification.applicationId}`} className="text-blue-800 underline">
                    {t("notifications.openApplication", { reference: notification.applicationReference ?? "" })}
                  </Link>
                ) : null}
                {notification.offeredMeasure ? (
                  <Link href={offerApplyPath(notification.offeredMeasure)} className="text-blue-800 underline">
                    {t("offers.applyLink", { measure: t(`measures.${notification.offeredMeasure}`) })}
                  </Link>
                ) : null}
                {notification.isRead ? null : (
                  <form action={markReadAction}>
                    <input type="hidden" name="notificationId" value={notification.id} />
                    <Button type="submit" variant="link" aria-describedby={`notification-${notification.id}`}>
                      {t("notifications.markRead")}
                    </Button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("notifications.empty")}</p>
      )}
    </div>
  );
}
