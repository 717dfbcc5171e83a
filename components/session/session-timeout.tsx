// Mount point for the layout: renders the timeout warning for a signed-in user, with the
// right limit for their role (staff sessions also end after an idle period).
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isStaffRole } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { SessionTimeoutWarning } from "./session-timeout-warning";

export async function SessionTimeout() {
  const user = await getCurrentUser();
  if (!user) return null;
  const t = await getTranslations("session");
  return (
    <SessionTimeoutWarning
      locale={await getLocale()}
      idleMinutes={isStaffRole(user.role) ? env().STAFF_SESSION_IDLE_MINUTES : undefined}
      text={{
        warningTitle: t("warningTitle"),
        // The placeholder survives translation so the client can put the countdown in.
        warningBody: t("warningBody", { time: "{time}" }),
        stay: t("stay"),
        signOut: t("signOut"),
        refreshFailed: t("refreshFailed"),
        endedTitle: t("endedTitle"),
        endedBody: t("endedBody"),
        signInAgain: t("signInAgain"),
      }}
    />
  );
}
