// Permission strings in Epic Stack's form `action:entity:access`, where access says
// whose records: `own` (the family's own), `district` (the caseworker's district),
// `any`. Every data function and server action asks for one through requirePermission.
import { AppError } from "@/lib/errors/app-error";
import type { District, Role } from "@/prisma/generated/enums";

type Action = "read" | "update" | "create" | "review" | "decide" | "approve-second" | "assign" | "manage" | "run" | "edit";
type Entity = "family" | "application" | "document" | "payment" | "staff" | "rules" | "audit" | "housing" | "certificate" | "report";
type Access = "own" | "district" | "any";
export type Permission = `${Action}:${Entity}:${Access}`;

const CITIZEN: Permission[] = [
  "read:family:own",
  "update:family:own",
  "create:application:own",
  "read:application:own",
  "update:application:own",
  "create:document:own",
  "read:document:own",
  "read:certificate:own",
];

const CASEWORKER: Permission[] = [
  "read:family:district",
  "read:application:district",
  "review:application:district",
  "decide:application:district",
  "read:document:district",
  "read:payment:district",
  "read:certificate:district",
  // The housing queue is one city-wide list; caseworkers look positions up, supervisors change it.
  "read:housing:any",
];

const SUPERVISOR: Permission[] = [
  "read:family:any",
  "read:application:any",
  "review:application:any",
  "decide:application:any",
  "approve-second:application:any",
  // Supervisors hand cases to caseworkers; a caseworker only claims a case for themself.
  "assign:application:any",
  "read:document:any",
  "read:payment:any",
  "run:payment:any",
  "read:certificate:any",
  "read:housing:any",
  "manage:housing:any",
  // City-wide reports (aggregates by status, measure, district and month); admins inherit it.
  "read:report:any",
];

const ADMIN: Permission[] = [
  ...SUPERVISOR.filter((permission) => permission.startsWith("read:")),
  "manage:staff:any",
  "edit:rules:any",
  "read:audit:any",
];

export const PERMISSIONS_BY_ROLE: Record<Role, ReadonlySet<Permission>> = {
  CITIZEN: new Set(CITIZEN),
  CASEWORKER: new Set(CASEWORKER),
  SUPERVISOR: new Set(SUPERVISOR),
  ADMIN: new Set(ADMIN),
};

export interface Actor {
  id: string;
  role: Role;
  district: District | null;
}

/** The record facts a permission check needs: who owns it and where it belongs. */
export interface RecordScope {
  ownerUserId?: string | null;
  district?: District | null;
}

function has(actor: Actor, permission: Permission): boolean {
  return PERMISSIONS_BY_ROLE[actor.role].has(permission);
}

/**
 * Throws FORBIDDEN when `actor` may not do `action` on `entity` at all, and NOT_FOUND when
 * the given record is outside their reach, so an outsider learns nothing about it.
 */
export function assertCan(actor: Actor, action: Action, entity: Entity, record?: RecordScope): void {
  if (!can(actor, action, entity)) throw new AppError("FORBIDDEN");
  if (record && !can(actor, action, entity, record)) throw new AppError("NOT_FOUND");
}

/** The widest reach `actor` has for `action` on `entity`, or null when none. */
export function accessLevel(actor: Actor, action: Action, entity: Entity): Access | null {
  for (const access of ["any", "district", "own"] as const) {
    if (has(actor, `${action}:${entity}:${access}`)) return access;
  }
  return null;
}

/**
 * Whether `actor` may do `action` on `entity`, optionally on one record. Without a
 * record, answers "on some records" (e.g. whether to show a menu entry).
 */
export function can(actor: Actor, action: Action, entity: Entity, record?: RecordScope): boolean {
  if (has(actor, `${action}:${entity}:any`)) return true;
  if (has(actor, `${action}:${entity}:district`)) {
    if (!record) return true;
    return actor.district !== null && record.district === actor.district;
  }
  if (has(actor, `${action}:${entity}:own`)) {
    if (!record) return true;
    return record.ownerUserId === actor.id;
  }
  return false;
}
