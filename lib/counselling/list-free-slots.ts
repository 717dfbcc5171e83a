// Free counselling times of one kind at one venue, soonest first. "Free" is a hint for
// the page; the booking itself is decided by the unique slotId on CounsellingBooking.
import "server-only";
import { db } from "@/lib/db/client";
import type { CounsellingKind, CounsellingVenue } from "@/prisma/generated/enums";

export interface FreeSlot {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  counsellorName: string;
}

export function listFreeSlots(options: { kind: CounsellingKind; venue: CounsellingVenue; now: Date; limit?: number }): Promise<FreeSlot[]> {
  return db.counsellingSlot.findMany({
    where: { kind: options.kind, venue: options.venue, startsAt: { gt: options.now }, booking: null },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 24,
    select: { id: true, startsAt: true, durationMinutes: true, counsellorName: true },
  });
}

/** The slot when it is of that kind and venue, still ahead and not booked; otherwise null. */
export function findBookableSlot(options: { slotId: string; kind: CounsellingKind; venue: CounsellingVenue; now: Date }): Promise<FreeSlot | null> {
  return db.counsellingSlot.findFirst({
    where: { id: options.slotId, kind: options.kind, venue: options.venue, startsAt: { gt: options.now }, booking: null },
    select: { id: true, startsAt: true, durationMinutes: true, counsellorName: true },
  });
}

export function findSlot(slotId: string): Promise<FreeSlot | null> {
  return db.counsellingSlot.findUnique({ where: { id: slotId }, select: { id: true, startsAt: true, durationMinutes: true, counsellorName: true } });
}
