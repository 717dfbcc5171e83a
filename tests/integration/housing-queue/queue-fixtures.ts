// Shared set-up for the housing-queue tests: a database of their own (an allocation takes
// the top of the whole queue, which must not be other test files' families), staff
// actors, and families put in the queue with a chosen category and registration date.
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/create-client";
import { queueOrderSql } from "@/lib/housing-queue/queue-order-sql";
import type { HousingQueueCategory } from "@/prisma/generated/enums";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";

export async function createActor(db: Database, role: "CASEWORKER" | "SUPERVISOR" | "ADMIN"): Promise<Actor> {
  const user = await createStaffUser(db, { role, district: role === "CASEWORKER" ? "ALMALY" : null });
  return { id: user.id as string, role, district: role === "CASEWORKER" ? "ALMALY" : null };
}

export interface QueuedFamily {
  entryId: string;
  familyId: string;
  userId: string;
  citizen: Actor;
}

export async function enqueueFamily(db: Database, category: HousingQueueCategory, registeredAt: string): Promise<QueuedFamily> {
  const record = await createCitizenWithFamily(db, { housingQueue: category });
  const familyId = record.family.id as string;
  const entry = await db.housingQueueEntry.update({
    where: { familyId },
    data: { registeredAt: new Date(`${registeredAt}T00:00:00.000Z`) },
    select: { id: true },
  });
  const userId = record.user.id as string;
  return { entryId: entry.id, familyId, userId, citizen: { id: userId, role: "CITIZEN", district: null } };
}

/** Waiting entry ids in queue order, as the database answers it (for comparisons). */
export async function waitingIds(db: Database): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "HousingQueueEntry" e WHERE e.status = 'WAITING' ORDER BY ${queueOrderSql("e")}`;
  return rows.map((row) => row.id);
}

/** Takes every waiting family off the list, so a test starts from an empty queue. */
export async function emptyQueue(db: Database): Promise<void> {
  await db.housingQueueEntry.updateMany({ where: { status: "WAITING" }, data: { status: "REMOVED" } });
}
