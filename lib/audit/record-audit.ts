// Writes one row to the append-only audit log. Call it inside the same transaction as
// the change it records, so a change never happens without its record (or vice versa).
import type { Prisma } from "@/prisma/generated/client";
import type { Role } from "@/prisma/generated/enums";

type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };

export interface AuditEntry {
  actor: { id: string; role: Role } | null;
  /** Verb-first, e.g. "user.register", "staff.create", "session.sign-out". */
  action: string;
  entityType: string;
  entityId?: string;
  /** Never include an IIN, a password or a hash here. */
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before,
      after: entry.after,
    },
  });
}
