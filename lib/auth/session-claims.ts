// What a session token carries, and the check made on every request that reads it:
// the account still exists, is not disabled, has the same session version (sign-out,
// role change and disabling bump it), is younger than the absolute limit from sign-in
// (activity slides the idle limits, never this one) and, for staff, has not been idle too long.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/prisma/generated/enums";
import { isStaffRole } from "./roles";

export interface SessionClaims {
  uid: string;
  role: Role;
  sv: number;
  /** Epoch ms of the last request that could refresh the token (staff idle timeout). */
  activeAt: number;
  /** Epoch ms of the sign-in: no activity keeps a session past SESSION_MAX_HOURS from it. */
  signedInAt: number;
}

export async function revalidateSessionClaims(
  claims: SessionClaims,
  options: { now: number; staffIdleMinutes: number; maxSessionHours: number },
): Promise<SessionClaims | null> {
  const user = await db.user.findUnique({
    where: { id: claims.uid },
    select: { role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sv || user.role !== claims.role) return null;
  if (options.now - claims.signedInAt > options.maxSessionHours * 3_600_000) return null;
  if (isStaffRole(user.role) && options.now - claims.activeAt > options.staffIdleMinutes * 60_000) return null;
  return { ...claims, activeAt: options.now };
}

export function isSessionClaims(value: unknown): value is SessionClaims {
  if (typeof value !== "object" || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.uid === "string" &&
    typeof claims.role === "string" &&
    typeof claims.sv === "number" &&
    typeof claims.activeAt === "number" &&
    typeof claims.signedInAt === "number"
  );
}
