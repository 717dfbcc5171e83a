// The audit viewer's filters, read from the page's query string. Bad values are dropped
// (the page shows everything rather than failing), and nothing here is personal data:
// filters are ids, action names and dates, never an IIN.
import { z } from "zod";
import { Role } from "@/prisma/generated/enums";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const auditFiltersSchema = z.object({
  actorId: optional(z.string().min(1).max(64)),
  actorRole: optional(z.enum(Object.values(Role) as [Role, ...Role[]])),
  action: optional(z.string().regex(/^[a-z-]+(\.[a-z-]+)*$/).max(80)),
  entityType: optional(z.string().regex(/^[A-Za-z]+$/).max(40)),
  entityId: optional(z.string().regex(/^[A-Za-z0-9_-]+$/).max(64)),
  from: optional(isoDay),
  to: optional(isoDay),
  /** Keyset cursor: entries with a smaller id than this (older ones). */
  before: optional(z.string().regex(/^\d{1,19}$/)),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** Search params (strings or repeated strings) to filters; empty strings count as absent. */
export function readAuditFilters(searchParams: Record<string, string | string[] | undefined>): AuditFilters {
  const flat = Object.fromEntries(
    Object.entries(searchParams).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first ? [[key, first]] : [];
    }),
  );
  return auditFiltersSchema.parse(flat);
}
