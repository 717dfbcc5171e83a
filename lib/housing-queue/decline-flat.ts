// A family offered a flat declines it. Its entry goes back to WAITING (at the place its
// category and registration date give it), and the flat goes to the first family of the
// allocation's reserve list that is still waiting, which keeps the declined flat's number.
// One transaction under the queue lock, refused when the entry changed since the page.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { DeclineFlatInput } from "./entry-change-schemas";
import { HOUSING_NOTICE_TEMPLATES, type HousingNoticeParams } from "./housing-notice";
import { lockQueue } from "./lock-queue";
import { queuePosition } from "./queue-position";

export async function declineFlat(actor: Actor, input: DeclineFlatInput, db: Database = defaultDb): Promise<{ positionAfter: number; promotedEntryId: string | null }> {
  assertCan(actor, "manage", "housing");
  return db.$transaction(async (tx) => {
    await lockQueue(tx);
    const key = { allocationId_entryId: { allocationId: input.allocationId, entryId: input.entryId } };
    const item = await tx.housingAllocationItem.findUnique({
      where: key,
      select: {
        role: true,
        rank: true,
        allocation: { select: { title: true, reason: true } },
        entry: { select: { id: true, status: true, category: true, registeredAt: true, updatedAt: true } },
      },
    });
    if (!item) throw new AppError("NOT_FOUND");
    if (item.entry.updatedAt.toISOString() !== input.version) throw new AppError("CONFLICT", "stale");
    if (item.role !== "FLAT" || item.entry.status !== "ALLOCATED") throw new AppError("CONFLICT", "state");

    // The declined flat's row leaves the list; the history and the audit keep the record.
    await tx.housingAllocationItem.delete({ where: key });
    const { count } = await tx.housingQueueEntry.updateMany({ where: { id: item.entry.id, updatedAt: item.entry.updatedAt }, data: { status: "WAITING" } });
    if (count !== 1) throw new AppError("CONFLICT", "stale");
    const title = item.allocation.title;

    // Reserve families taken by a later allocation are no longer waiting: skip them.
    const next = await tx.housingAllocationItem.findFirst({
      where: { allocationId: input.allocationId, role: "RESERVE", entry: { status: "WAITING" } },
      orderBy: { rank: "asc" },
      select: { entryId: true, rank: true, entry: { select: { family: { select: { applicantId: true } } } } },
    });
    if (next) {
      await tx.housingAllocationItem.update({ where: { allocationId_entryId: { allocationId: input.allocationId, entryId: next.entryId } }, data: { role: "FLAT", rank: item.rank } });
      await tx.housingQueueEntry.update({ where: { id: next.entryId }, data: { status: "ALLOCATED" } });
      // The promoted family reads the allocation's own reason, never the other family's refusal.
      await tx.housingQueueEvent.create({ data: { entryId: next.entryId, kind: "ALLOCATED", position: null, note: `${title}: ${item.allocation.reason}`, actorId: actor.id } });
      await tx.notification.create({
        data: { userId: next.entry.family.applicantId, template: HOUSING_NOTICE_TEMPLATES.allocated, params: { allocationTitle: title, rank: item.rank } satisfies HousingNoticeParams as object },
      });
    }
    // Counted after the promotion, so the position is the one that really follows.
    const positionAfter = await queuePosition(tx, item.entry);
    await tx.housingQueueEvent.create({ data: { entryId: item.entry.id, kind: "DECLINED", position: positionAfter, note: `${title}: ${input.reason}`, actorId: actor.id } });
    await recordAudit(tx, {
      actor,
      action: "housing-queue.decline-flat",
      entityType: "HousingAllocation",
      entityId: input.allocationId,
      before: { entryId: item.entry.id, role: "FLAT", rank: item.rank, status: "ALLOCATED", promotedFromReserve: next ? { entryId: next.entryId, rank: next.rank } : null },
      after: { entryId: item.entry.id, status: "WAITING", position: positionAfter, reason: input.reason, flatRank: item.rank, promotedEntryId: next?.entryId ?? null },
    });
    return { positionAfter, promotedEntryId: next?.entryId ?? null };
  });
}
