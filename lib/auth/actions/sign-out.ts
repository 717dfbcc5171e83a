"use server";

// Signing out ends every session of the account at once: the session version is bumped,
// so a copied cookie stops working too (lib/auth/session-claims.ts).
import { getLocale } from "next-intl/server";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { signOut } from "../auth";
import { getCurrentUser } from "../current-user";

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await recordAudit(tx, { actor: user, action: "session.sign-out", entityType: "User", entityId: user.id });
    });
  }
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}/sign-in?signedOut=1` });
}
