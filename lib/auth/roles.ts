import type { Role } from "@/prisma/generated/enums";

export const STAFF_ROLES = ["CASEWORKER", "SUPERVISOR", "ADMIN"] as const satisfies readonly Role[];

export function isStaffRole(role: Role): boolean {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

/** Where each role lands after signing in (paths under the locale prefix). */
export const HOME_PATH_BY_ROLE: Record<Role, string> = {
  CITIZEN: "/family",
  CASEWORKER: "/staff",
  SUPERVISOR: "/staff",
  ADMIN: "/admin",
};
