// The families an allocation of `flats` flats with a `reserveSize` reserve would take: the
// top of the waiting list in queue order, then the next ones. Also the fingerprint of that
// choice, so a confirm can tell whether the queue moved since the preview.
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/prisma/generated/client";
import type { District, HousingQueueCategory } from "@/prisma/generated/enums";
import { queueOrderSql } from "./queue-order-sql";

export interface AllocationCandidate {
  id: string;
  category: HousingQueueCategory;
  registeredAt: Date;
  district: District;
  fullName: string;
  applicantId: string;
}

export interface AllocationPick {
  flats: AllocationCandidate[];
  reserve: AllocationCandidate[];
  fingerprint: string;
}

export function fingerprintOf(flatIds: readonly string[], reserveIds: readonly string[]): string {
  return createHash("sha256").update(JSON.stringify([flatIds, reserveIds])).digest("hex");
}

export async function pickAllocation(db: Pick<Database, "$queryRaw"> | Pick<Prisma.TransactionClient, "$queryRaw">, flats: number, reserveSize: number): Promise<AllocationPick> {
  const rows = await db.$queryRaw<AllocationCandidate[]>`
    SELECT e.id, e.category, e."registeredAt", f.district, u."fullName", f."applicantId"
    FROM "HousingQueueEntry" e JOIN "Family" f ON f.id = e."familyId" JOIN "User" u ON u.id = f."applicantId"
    WHERE e.status = 'WAITING'
    ORDER BY ${queueOrderSql("e")}
    LIMIT ${flats + reserveSize}`;
  const flatRows = rows.slice(0, flats);
  const reserveRows = rows.slice(flats);
  return {
    flats: flatRows,
    reserve: reserveRows,
    fingerprint: fingerprintOf(
      flatRows.map((row) => row.id),
      reserveRows.map((row) => row.id),
    ),
  };
}
