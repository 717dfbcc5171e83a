// Confirms an allocation: the top of the queue gets the flats, the next families form the
// reserve list. One transaction under the queue lock (so two allocations at once cannot
// give one family two flats); refused when the queue moved since the preview the
// supervisor confirmed.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { AllocationConfirm } from "./allocation-schemas";
import type { QueueEventKind } from "./event-kinds";
import { HOUSING_NOTICE_TEMPLATES, type HousingNoticeParams } from "./housing-notice";
import { lockQueue } from "./lock-queue";
import { pickAllocation } from "./pick-allocation";

export async function allocateFlats(actor: Actor, input: AllocationConfirm, db: Database = defaultDb): Promise<{ allocationId: string }> {
  assertCan(actor, "manage", "housing");
  return db.$transaction(
    async (tx) => {
      await lockQueue(tx);
      const pick = await pickAllocation(tx, input.flats, input.reserveSize);
      if (pick.flats.length < input.flats) throw new AppError("INVALID_INPUT", "notEnoughWaiting");
      if (pick.fingerprint !== input.previewFingerprint) throw new AppError("CONFLICT", "preview-changed");

      const allocation = await tx.housingAllocation.create({
        data: { title: input.title, flats: input.flats, reserveSize: input.reserveSize, reason: input.reason, createdById: actor.id },
        select: { id: true },
      });
      await tx.housingAllocationItem.createMany({
        data: [
          ...pick.flats.map((entry, index) => ({ allocationId: allocation.id, entryId: entry.id, role: "FLAT" as const, rank: index + 1 })),
          ...pick.reserve.map((entry, index) => ({ allocationId: allocation.id, entryId: entry.id, role: "RESERVE" as const, rank: index + 1 })),
        ],
      });
      const flatIds = pick.flats.map((entry) => entry.id);
      const { count } = await tx.housingQueueEntry.updateMany({ where: { id: { in: flatIds }, status: "WAITING" }, data: { status: "ALLOCATED" } });
      if (count !== flatIds.length) throw new AppError("CONFLICT", "preview-changed");

      // The note is what the family reads: the quota's title and the supervisor's reason.
      const note = `${input.title}: ${input.reason}`;
      const event = (entryId: string, kind: QueueEventKind, position: number | null) => ({ entryId, kind, position, note, actorId: actor.id });
      await tx.housingQueueEvent.createMany({
        data: [
          ...pick.flats.map((entry) => event(entry.id, "ALLOCATED", null)),
          // Once the flat families leave the list, the reserve families stand at its top.
          ...pick.reserve.map((entry, index) => event(entry.id, "RESERVE", index + 1)),
        ],
      });
      const notice = (userId: string, template: string, rank: number) => ({
        userId,
        template,
        params: { allocationTitle: input.title, rank } satisfies HousingNoticeParams as object,
      });
      await tx.notification.createMany({
        data: [
          ...pick.flats.map((entry, index) => notice(entry.applicantId, HOUSING_NOTICE_TEMPLATES.allocated, index + 1)),
          ...pick.reserve.map((entry, index) => notice(entry.applicantId, HOUSING_NOTICE_TEMPLATES.reserve, index + 1)),
        ],
      });
      await recordAudit(tx, {
        actor,
        action: "housing-queue.allocate",
        entityType: "HousingAllocation",
        entityId: allocation.id,
        before: { flatEntries: flatIds.map((id) => ({ id, status: "WAITING" })) },
        after: {
          title: input.title,
          flats: input.flats,
          reserveSize: input.reserveSize,
          reason: input.reason,
          flatEntryIds: flatIds,
          reserveEntryIds: pick.reserve.map((entry) => entry.id),
        },
      });
      return { allocationId: allocation.id };
    },
    // A large quota writes a few thousand rows; the default 5 s is too tight for that.
    { timeout: 60_000, maxWait: 30_000 },
  );
}
