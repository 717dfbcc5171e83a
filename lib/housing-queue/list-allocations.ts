// Past allocations, newest first, for staff.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";

export async function listAllocations(actor: Actor, db: Database = defaultDb) {
  assertCan(actor, "read", "housing");
  return db.housingAllocation.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      flats: true,
      reserveSize: true,
      createdAt: true,
      createdBy: { select: { fullName: true } },
      _count: { select: { items: true } },
    },
  });
}
