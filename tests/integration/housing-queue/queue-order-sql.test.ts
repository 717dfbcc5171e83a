// The staff list's SQL order is the rule of queue-order.ts: over seed-like data (about
// 1,300 entries, categories mixed, many families registered on the same day, some housed
// or removed), every page equals sorting the waiting entries by the rule in code, and each
// row's position equals the one queuePosition counts. In a database of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { listQueue } from "@/lib/housing-queue/list-queue";
import { compareQueuePlaces } from "@/lib/housing-queue/queue-order";
import { queuePosition } from "@/lib/housing-queue/queue-position";
import { QUEUE_PAGE_SIZE, readQueueQuery } from "@/lib/housing-queue/queue-search";
import type { HousingQueueCategory } from "@/prisma/generated/enums";
import { createStaffUser } from "@/prisma/seed/factories";
import { createIsolatedDatabase } from "../../support/local-database";

const ENTRIES = 1_300;

let isolated: { url: string; drop(): Promise<void> };
let queueDb: Database;
let caseworker: { id: string; role: "CASEWORKER"; district: "ALMALY" };
let compareIds: (a: string, b: string) => number;

interface Place {
  id: string;
  category: HousingQueueCategory;
  registeredAt: Date;
  district: string;
}

async function waitingInCodeOrder(): Promise<Place[]> {
  const rows = await queueDb.housingQueueEntry.findMany({
    where: { status: "WAITING" },
    select: { id: true, category: true, registeredAt: true, family: { select: { district: true } } },
  });
  return rows.map((row) => ({ id: row.id, category: row.category, registeredAt: row.registeredAt, district: row.family.district })).sort((a, b) => compareQueuePlaces(a, b, compareIds));
}

describe("the staff queue list is in the queue order of queue-order.ts", () => {
  beforeAll(async () => {
    isolated = await createIsolatedDatabase({ migrate: true });
    queueDb = createPrismaClient(isolated.url);
    const staff = await createStaffUser(queueDb, { role: "CASEWORKER", district: "ALMALY" });
    caseworker = { id: staff.id as string, role: "CASEWORKER", district: "ALMALY" };
    // Ids of mixed case, digits and punctuation, so ties on category and date are decided
    // by the database's text order, whatever its collation.
    await queueDb.$executeRawUnsafe(`
      INSERT INTO "User" (id, iin, "fullName", "passwordHash", "updatedAt")
      SELECT 'ord_u' || n, lpad((700000000000 + n)::text, 12, '0'), 'Семья ' || n, 'x', now() FROM generate_series(1, ${ENTRIES}) AS n`);
    await queueDb.$executeRawUnsafe(`
      INSERT INTO "Family" (id, "applicantId", district, "updatedAt")
      SELECT 'ord_f' || n, 'ord_u' || n,
        (ARRAY['ALATAU','ALMALY','AUEZOV','BOSTANDYK','ZHETYSU','MEDEU','NAURYZBAY','TURKSIB'])[1 + (n * 7) % 8]::"District", now()
      FROM generate_series(1, ${ENTRIES}) AS n`);
    await queueDb.$executeRawUnsafe(`
      INSERT INTO "HousingQueueEntry" (id, "familyId", category, "registeredAt", status, "updatedAt")
      SELECT (ARRAY['hqe_', 'HQE-', 'hqe', 'Hqe_'])[1 + n % 4] || substr(md5(n::text), 1, 10), 'ord_f' || n,
        (ARRAY['LARGE_FAMILY','INCOMPLETE_FAMILY','CHILD_WITH_DISABILITY','OTHER_SOCIALLY_VULNERABLE'])[1 + (n / 8 + n / 97) % 4]::"HousingQueueCategory",
        date '2012-01-01' + ((n * 31) % 90) * 30,
        CASE WHEN n % 11 = 0 THEN 'ALLOCATED' WHEN n % 17 = 0 THEN 'REMOVED' ELSE 'WAITING' END::"HousingQueueStatus", now()
      FROM generate_series(1, ${ENTRIES}) AS n`);
    // The code compares ids the way this database's collation does (asked once, for all pairs).
    const ids = (await queueDb.housingQueueEntry.findMany({ select: { id: true } })).map((row) => row.id);
    const sorted = await queueDb.$queryRaw<{ id: string }[]>`SELECT id FROM "HousingQueueEntry" ORDER BY id`;
    const rank = new Map(sorted.map((row, index) => [row.id, index]));
    expect(rank.size).toBe(ids.length);
    compareIds = (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  }, 120_000);

  afterAll(async () => {
    await queueDb.$disconnect();
    await isolated.drop();
    await db.$disconnect();
  });

  it("the data has the ties the rule must break: many families share a category and a date", async () => {
    const ties = await queueDb.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS n FROM (SELECT category, "registeredAt" FROM "HousingQueueEntry" WHERE status = 'WAITING' GROUP BY 1, 2 HAVING COUNT(*) > 1) t`;
    expect(Number(ties[0]?.n)).toBeGreaterThan(50);
  });

  it("every page, concatenated, is the waiting list sorted by the rule in code, numbered 1..n", async () => {
    const expected = await waitingInCodeOrder();
    const listed: { id: string; position: number }[] = [];
    const first = await listQueue(caseworker, { page: 1 }, queueDb);
    expect(first.total).toBe(expected.length);
    expect(first.pageCount).toBe(Math.ceil(expected.length / QUEUE_PAGE_SIZE));
    for (let page = 1; page <= first.pageCount; page += 1) {
      const result = await listQueue(caseworker, { page }, queueDb);
      expect(result.rows.length).toBe(page < first.pageCount ? QUEUE_PAGE_SIZE : expected.length - QUEUE_PAGE_SIZE * (first.pageCount - 1));
      listed.push(...result.rows.map((row) => ({ id: row.id, position: row.position })));
    }
    expect(listed.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    expect(listed.map((row) => row.position)).toEqual(expected.map((_, index) => index + 1));
  });

  it("positions on a page agree with queuePosition (the COUNT of placedBeforeFilter), ties included", async () => {
    const page = await listQueue(caseworker, { page: 7 }, queueDb);
    for (const row of page.rows) {
      expect(await queuePosition(queueDb, row)).toBe(row.position);
    }
  });

  it("filtered by district and category, rows keep their place in the whole queue", async () => {
    const expected = await waitingInCodeOrder();
    const positionOf = new Map(expected.map((row, index) => [row.id, index + 1]));
    const filtered = expected.filter((row) => row.district === "MEDEU" && row.category === "LARGE_FAMILY");
    expect(filtered.length).toBeGreaterThan(10);
    const result = await listQueue(caseworker, { page: 1, district: "MEDEU", category: "LARGE_FAMILY" }, queueDb);
    expect(result.total).toBe(filtered.length);
    expect(result.rows.map((row) => row.id)).toEqual(filtered.slice(0, QUEUE_PAGE_SIZE).map((row) => row.id));
    for (const row of result.rows) expect(row.position).toBe(positionOf.get(row.id));
    expect(result.rows.every((row) => row.district === "MEDEU" && row.category === "LARGE_FAMILY")).toBe(true);
    // Counts per category are those of the district's waiting families.
    const counts = Object.fromEntries(result.countsByCategory.map((row) => [row.category, row.count]));
    expect(counts.LARGE_FAMILY).toBe(filtered.length);
  });

  it("searches by the applicant's name and by an application reference", async () => {
    const byName = await listQueue(caseworker, { page: 1, q: "Семья 1234" }, queueDb);
    const expectedId = (await queueDb.housingQueueEntry.findUnique({ where: { familyId: "ord_f1234" }, select: { id: true, status: true } }))!;
    expect(byName.rows.map((row) => row.id)).toEqual(expectedId.status === "WAITING" ? [expectedId.id] : []);

    await queueDb.application.create({ data: { reference: "BO-2026-004321", familyId: "ord_f5", measure: "HOUSING_CERTIFICATE" } });
    const byReference = await listQueue(caseworker, { page: 1, q: "bo-2026-004321" }, queueDb);
    expect(byReference.rows.map((row) => row.fullName)).toEqual(["Семья 5"]);
  });

  it("reading the URL: unknown values are dropped, an IIN is never used as a search", () => {
    expect(readQueueQuery({ category: "NOPE", district: "MEDEU", page: "-3", q: "  " })).toEqual({ category: undefined, district: "MEDEU", page: 1, q: undefined });
    expect(readQueueQuery({ q: "890903 499018" }).q).toBeUndefined();
    expect(readQueueQuery({ q: "Ахметова", page: "4" })).toMatchObject({ q: "Ахметова", page: 4 });
  });

  it("a citizen may not list the queue", async () => {
    await expect(listQueue({ id: "anyone", role: "CITIZEN", district: null }, { page: 1 }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
  });
});
