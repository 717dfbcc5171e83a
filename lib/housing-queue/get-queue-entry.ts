// One queue entry for staff: the family in short (no IIN), its place, its full history
// with who made each change, and the allocations it has been part of.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { queuePosition } from "./queue-position";

export async function getQueueEntry(actor: Actor, entryId: string, db: Database = defaultDb) {
  assertCan(actor, "read", "housing");
  const entry = await db.housingQueueEntry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      category: true,
      registeredAt: true,
      status: true,
      updatedAt: true,
      family: {
        select: {
          id: true,
          district: true,
          applicant: { select: { fullName: true } },
          _count: { select: { members: true } },
          applications: { where: { measure: { in: ["HOUSING_CERTIFICATE", "PREFERENTIAL_MORTGAGE", "DOWN_PAYMENT_SUBSIDY"] } }, orderBy: { createdAt: "desc" }, select: { id: true, reference: true, measure: true, status: true } },
        },
      },
      events: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, kind: true, position: true, note: true, createdAt: true, actor: { select: { fullName: true } } },
      },
      allocationItems: {
        orderBy: { allocation: { createdAt: "desc" } },
        select: { role: true, rank: true, allocation: { select: { id: true, title: true, createdAt: true } } },
      },
    },
  });
  if (!entry) throw new AppError("NOT_FOUND");
  const position = entry.status === "WAITING" ? await queuePosition(db, entry) : null;
  return { ...entry, position, version: entry.updatedAt.toISOString() };
}

export type StaffQueueEntry = Awaited<ReturnType<typeof getQueueEntry>>;
