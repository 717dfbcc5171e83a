// A supervisor's change to one queue entry: category, removal, or restoring a removed
// entry. Each is refused when the entry changed since the page showed it, and writes the
// change, a history event with the reason and the position that followed, and the audit
// record in one transaction, under the queue lock (see lock-queue.ts).
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { HousingQueueCategory, HousingQueueStatus } from "@/prisma/generated/enums";
import type { ChangeCategoryInput, RemoveEntryInput, RestoreEntryInput } from "./entry-change-schemas";
import type { QueueEventKind } from "./event-kinds";
import { lockQueue } from "./lock-queue";
import { queuePosition } from "./queue-position";

export interface EntryChangeResult {
  positionBefore: number | null;
  positionAfter: number | null;
}

interface EntryState {
  category: HousingQueueCategory;
  status: HousingQueueStatus;
}

interface ChangePlan {
  action: string;
  kind: QueueEventKind;
  /** The status the entry must be in for this change. */
  requires: HousingQueueStatus;
  next: (entry: EntryState) => Partial<EntryState>;
}

async function changeEntry(actor: Actor, input: { entryId: string; version: string; reason: string }, plan: ChangePlan, db: Database): Promise<EntryChangeResult> {
  assertCan(actor, "manage", "housing");
  return db.$transaction(async (tx) => {
    await lockQueue(tx);
    const entry = await tx.housingQueueEntry.findUnique({ where: { id: input.entryId }, select: { id: true, category: true, status: true, registeredAt: true, updatedAt: true } });
    if (!entry) throw new AppError("NOT_FOUND");
    if (entry.updatedAt.toISOString() !== input.version) throw new AppError("CONFLICT", "stale");
    if (entry.status !== plan.requires) throw new AppError("CONFLICT", "state");
    const changes = plan.next(entry);
    const positionBefore = entry.status === "WAITING" ? await queuePosition(tx, entry) : null;
    // Conditional on the version too, so the check above and the write cannot drift apart.
    const { count } = await tx.housingQueueEntry.updateMany({ where: { id: entry.id, updatedAt: entry.updatedAt }, data: changes });
    if (count !== 1) throw new AppError("CONFLICT", "stale");
    const after = { ...entry, ...changes };
    const positionAfter = after.status === "WAITING" ? await queuePosition(tx, after) : null;
    await tx.housingQueueEvent.create({ data: { entryId: entry.id, kind: plan.kind, position: positionAfter, note: input.reason, actorId: actor.id } });
    await recordAudit(tx, {
      actor,
      action: plan.action,
      entityType: "HousingQueueEntry",
      entityId: entry.id,
      before: { category: entry.category, status: entry.status, position: positionBefore },
      after: { category: after.category, status: after.status, position: positionAfter, reason: input.reason },
    });
    return { positionBefore, positionAfter };
  });
}

/** Moves a waiting family to another category; its place follows the new category. */
export async function changeQueueCategory(actor: Actor, input: ChangeCategoryInput, db: Database = defaultDb): Promise<EntryChangeResult> {
  return changeEntry(actor, input, {
    action: "housing-queue.change-category",
    kind: "CATEGORY_CHANGED",
    requires: "WAITING",
    next: (entry) => {
      if (entry.category === input.category) throw new AppError("INVALID_INPUT", "sameCategory");
      return { category: input.category };
    },
  }, db);
}

/** Takes a waiting family off the list (e.g. it received housing elsewhere). */
export async function removeFromQueue(actor: Actor, input: RemoveEntryInput, db: Database = defaultDb): Promise<EntryChangeResult> {
  return changeEntry(actor, input, { action: "housing-queue.remove", kind: "REMOVED", requires: "WAITING", next: () => ({ status: "REMOVED" }) }, db);
}

/** Puts a removed family back; it keeps its original registration date, so its old place. */
export async function restoreToQueue(actor: Actor, input: RestoreEntryInput, db: Database = defaultDb): Promise<EntryChangeResult> {
  return changeEntry(actor, input, { action: "housing-queue.restore", kind: "RESTORED", requires: "REMOVED", next: () => ({ status: "WAITING" }) }, db);
}
