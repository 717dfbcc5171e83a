// One allocation with its flat and reserve lists, in rank order, for staff.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

export async function getAllocation(actor: Actor, allocationId: string, db: Database = defaultDb) {
  assertCan(actor, "read", "housing");
  const allocation = await db.housingAllocation.findUnique({
    where: { id: allocationId },
    select: {
      id: true,
      title: true,
      flats: true,
      reserveSize: true,
      reason: true,
      createdAt: true,
      createdBy: { select: { fullName: true } },
      items: {
        orderBy: [{ role: "asc" }, { rank: "asc" }],
        select: {
          role: true,
          rank: true,
          entry: { select: { id: true, category: true, registeredAt: true, status: true, updatedAt: true, family: { select: { district: true, applicant: { select: { fullName: true } } } } } },
        },
      },
    },
  });
  if (!allocation) throw new AppError("NOT_FOUND");
  const { items, ...rest } = allocation;
  return {
    ...rest,
    flatItems: items.filter((item) => item.role === "FLAT"),
    reserveItems: items.filter((item) => item.role === "RESERVE"),
  };
}

export type StaffAllocation = Awaited<ReturnType<typeof getAllocation>>;
