// The signed-in family's housing-queue entry, its current position, its history and the
// allocations of flats it is part of (never who on the staff made a change).
import "server-only";
import { accessLevel, assertCan, type Actor } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { queuePosition } from "./queue-position";

export async function getOwnQueueEntry(actor: Actor, db: Database = defaultDb) {
  assertCan(actor, "read", "family", { ownerUserId: actor.id });
  // Staff have no family of their own here; their queue views are elsewhere.
  if (accessLevel(actor, "read", "family") !== "own") throw new AppError("FORBIDDEN");
  const entry = await db.housingQueueEntry.findFirst({
    where: { family: { applicantId: actor.id } },
    select: {
      id: true,
      category: true,
      registeredAt: true,
      status: true,
      events: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, kind: true, position: true, note: true, createdAt: true } },
      // The allocations the family took part in: the title and its number on the flat or reserve list.
      allocationItems: {
        orderBy: { allocation: { createdAt: "desc" } },
        select: { role: true, rank: true, allocation: { select: { id: true, title: true, createdAt: true } } },
      },
    },
  });
  if (!entry) return null;
  const position = entry.status === "WAITING" ? await queuePosition(db, entry) : null;
  return { ...entry, position };
}
