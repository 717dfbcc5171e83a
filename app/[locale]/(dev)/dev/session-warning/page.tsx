// Development only: shows the session-timeout warning without waiting hours. The session
// here is treated as ending 2 minutes 10 seconds after the page loads (an idle limit of
// that length), so the warning appears after ten seconds. 404 in production.
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SessionTimeoutWarning } from "@/components/session/session-timeout-warning";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const PREVIEW_IDLE_MINUTES = 2 + 10 / 60;

export default async function SessionWarningPreviewPage({ params }: { params: Promise<{ locale: Locale }> }) {
  if (process.env.NODE_ENV === "production") notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("session");
  const user = await getCurrentUser();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("warningTitle")}</h1>
      <p>{user ? user.fullName : "—"}</p>
      {user ? (
        <SessionTimeoutWarning
          locale={locale}
          idleMinutes={PREVIEW_IDLE_MINUTES}
          text={{
            warningTitle: t("warningTitle"),
            warningBody: t("warningBody", { time: "{time}" }),
            stay: t("stay"),
            signOut: t("signOut"),
            refreshFailed: t("refreshFailed"),
            endedTitle: t("endedTitle"),
            endedBody: t("endedBody"),
            signInAgain: t("signInAgain"),
          }}
        />
      ) : null}
    </div>
  );
}
