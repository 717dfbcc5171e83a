// One page of the waiting list for staff, in queue order, with every family's place in
// the whole queue (also when the page is filtered by district, category or a search).
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { Prisma } from "@/prisma/generated/client";
import type { District, HousingQueueCategory } from "@/prisma/generated/enums";
import { queueOrderSql } from "./queue-order-sql";
import { isApplicationReference, QUEUE_PAGE_SIZE, type QueueQuery } from "./queue-search";

export interface QueueRow {
  id: string;
  position: number;
  category: HousingQueueCategory;
  registeredAt: Date;
  district: District;
  fullName: string;
}

export interface QueuePage {
  rows: QueueRow[];
  /** Waiting entries matching the filter. */
  total: number;
  page: number;
  pageCount: number;
  /** Waiting entries per category within the district filter (the whole city without one). */
  countsByCategory: { category: HousingQueueCategory; count: number }[];
}

function filterSql(query: QueueQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.category) conditions.push(Prisma.sql`o.category = ${query.category}::"HousingQueueCategory"`);
  if (query.district) conditions.push(Prisma.sql`f.district = ${query.district}::"District"`);
  if (query.q) {
    conditions.push(
      isApplicationReference(query.q)
        ? Prisma.sql`EXISTS (SELECT 1 FROM "Application" a WHERE a."familyId" = f.id AND a.reference = ${query.q.trim().toUpperCase()})`
        : Prisma.sql`u."fullName" ILIKE ${`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
    );
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

export async function listQueue(actor: Actor, query: QueueQuery, db: Database = defaultDb): Promise<QueuePage> {
  assertCan(actor, "read", "housing");
  // Positions are numbered over all waiting entries first, then filtered, so a filtered
  // page still shows each family's real place.
  const ordered = Prisma.sql`
    WITH ordered AS (
      SELECT e.id, e.category, e."registeredAt", e."familyId",
             ROW_NUMBER() OVER (ORDER BY ${queueOrderSql("e")}) AS position
      FROM "HousingQueueEntry" e
      WHERE e.status = 'WAITING'
    )`;
  const from = Prisma.sql`FROM ordered o JOIN "Family" f ON f.id = o."familyId" JOIN "User" u ON u.id = f."applicantId" ${filterSql(query)}`;
  const [countRows, categoryRows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`${ordered} SELECT COUNT(*) AS total ${from}`,
    db.$queryRaw<{ category: HousingQueueCategory; count: bigint }[]>`
      SELECT e.category, COUNT(*) AS count FROM "HousingQueueEntry" e JOIN "Family" f ON f.id = e."familyId"
      WHERE e.status = 'WAITING' ${query.district ? Prisma.sql`AND f.district = ${query.district}::"District"` : Prisma.empty}
      GROUP BY e.category`,
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.$queryRaw<(Omit<QueueRow, "position"> & { position: bigint })[]>`
    ${ordered}
    SELECT o.id, o.position, o.category, o."registeredAt", f.district, u."fullName"
    ${from}
    ORDER BY o.position
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * QUEUE_PAGE_SIZE}`;
  return {
    rows: rows.map((row) => ({ ...row, position: Number(row.position) })),
    total,
    page,
    pageCount,
    countsByCategory: categoryRows.map((row) => ({ category: row.category, count: Number(row.count) })),
  };
}
