// Who is asking, for server components, server actions and route handlers. The one place
// that turns the session into an Actor; requirePermission is what data functions call.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { auth } from "./auth";
import { hasSessionCookie } from "./session-cookie";
import { assertCan, type can, type Actor, type RecordScope } from "./permissions";

export interface CurrentUser extends Actor {
  fullName: string;
  locale: string;
}

/** The signed-in user, or null. Cached for the duration of one request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // No session cookie, no session: a visitor's page needs no Auth.js round (issue 7 profile).
  if (!hasSessionCookie((await cookies()).getAll().map((cookie) => cookie.name))) return null;
  // auth() re-validates the token against the database (lib/auth/session-claims.ts).
  const session = await auth();
  const userId = (session?.user as { id?: unknown } | undefined)?.id;
  if (typeof userId !== "string") return null;
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, district: true, fullName: true, locale: true },
  });
});

/** The signed-in user, or an UNAUTHENTICATED error. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}

/** The signed-in user if they may do `action` on `entity` (and on `record`, when given). */
export async function requirePermission(
  action: Parameters<typeof can>[1],
  entity: Parameters<typeof can>[2],
  record?: RecordScope,
): Promise<CurrentUser> {
  const user = await requireUser();
  assertCan(user, action, entity, record);
  return user;
}
