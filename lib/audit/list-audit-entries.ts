// The audit log for administrators: filtered by who, what, which record and when, newest
// first, 50 at a time with a keyset cursor (the id), so paging stays fast on a long log.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/prisma/generated/client";
import type { AuditFilters } from "./audit-filters";

export const AUDIT_PAGE_SIZE = 50;
// Almaty is at UTC+5: a filter day runs from its midnight in Almaty.
const ALMATY_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;

function almatyMidnight(isoDay: string): Date {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - ALMATY_OFFSET_MS);
}

export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.actorRole ? { actorRole: filters.actorRole } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.from || filters.to
      ? {
          at: {
            ...(filters.from ? { gte: almatyMidnight(filters.from) } : {}),
            ...(filters.to ? { lt: new Date(almatyMidnight(filters.to).getTime() + DAY_MS) } : {}),
          },
        }
      : {}),
  };
}

export async function listAuditEntries(actor: Actor, filters: AuditFilters) {
  assertCan(actor, "read", "audit");
  const rows = await db.auditLog.findMany({
    where: { ...auditWhere(filters), ...(filters.before ? { id: { lt: BigInt(filters.before) } } : {}) },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true, at: true, actorRole: true, action: true, entityType: true, entityId: true, before: true, after: true,
      actor: { select: { id: true, fullName: true } },
    },
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, id: row.id.toString() }));
  const last = entries.at(-1);
  return { entries, nextBefore: rows.length > AUDIT_PAGE_SIZE && last ? last.id : null };
}

/** The choices of the filter form: staff who acted, actions and record types in the log. */
export async function listAuditFilterChoices(actor: Actor) {
  assertCan(actor, "read", "audit");
  const [staff, actions, entityTypes] = await Promise.all([
    db.user.findMany({ where: { role: { not: "CITIZEN" } }, orderBy: { fullName: "asc" }, select: { id: true, fullName: true }, take: 500 }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { staff, actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType) };
}
