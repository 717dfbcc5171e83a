// A waiting family's place: counted among WAITING entries by category priority, then
// registration date, then id — in a database of its own, so other files' rows do not count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { getOwnQueueEntry } from "@/lib/housing-queue/get-own-queue-entry";
import { categoriesBefore, QUEUE_CATEGORY_PRIORITY } from "@/lib/housing-queue/queue-order";
import { queuePosition } from "@/lib/housing-queue/queue-position";
import { db } from "@/lib/db/client";
import type { HousingQueueCategory, HousingQueueStatus } from "@/prisma/generated/enums";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";
import { createIsolatedDatabase } from "../../support/local-database";

let isolated: { url: string; drop(): Promise<void> };
let queueDb: Database;

async function enqueue(client: Database, category: HousingQueueCategory, registeredAt: string, status: HousingQueueStatus = "WAITING") {
  const record = await createCitizenWithFamily(client);
  const familyId = record.family.id as string;
  const data = { category, registeredAt: new Date(`${registeredAt}T00:00:00.000Z`), status };
  return client.housingQueueEntry.upsert({
    where: { familyId },
    create: { familyId, ...data },
    update: data,
    select: { id: true, category: true, registeredAt: true, status: true, familyId: true },
  });
}

describe("housing queue position", () => {
  beforeAll(async () => {
    isolated = await createIsolatedDatabase({ migrate: true });
    queueDb = createPrismaClient(isolated.url);
  });
  afterAll(async () => {
    await queueDb.$disconnect();
    await isolated.drop();
    await db.$disconnect();
  });

  it("the priority order is the one documented, every category exactly once", () => {
    expect(QUEUE_CATEGORY_PRIORITY).toEqual(["CHILD_WITH_DISABILITY", "LARGE_FAMILY", "INCOMPLETE_FAMILY", "OTHER_SOCIALLY_VULNERABLE"]);
    expect(categoriesBefore("CHILD_WITH_DISABILITY")).toEqual([]);
    expect(categoriesBefore("INCOMPLETE_FAMILY")).toEqual(["CHILD_WITH_DISABILITY", "LARGE_FAMILY"]);
  });

  it("orders by category, then registration date; only WAITING entries count", async () => {
    const incompleteEarly = await enqueue(queueDb, "INCOMPLETE_FAMILY", "2012-01-10");
    const largeLate = await enqueue(queueDb, "LARGE_FAMILY", "2019-06-01");
    const largeEarly = await enqueue(queueDb, "LARGE_FAMILY", "2015-03-14");
    const disability = await enqueue(queueDb, "CHILD_WITH_DISABILITY", "2021-09-30");
    const other = await enqueue(queueDb, "OTHER_SOCIALLY_VULNERABLE", "2010-05-05");
    // Housed or removed families no longer stand in front of anyone.
    await enqueue(queueDb, "CHILD_WITH_DISABILITY", "2011-01-01", "ALLOCATED");
    await enqueue(queueDb, "LARGE_FAMILY", "2011-01-01", "REMOVED");

    const positions = await Promise.all([disability, largeEarly, largeLate, incompleteEarly, other].map((entry) => queuePosition(queueDb, entry)));
    expect(positions).toEqual([1, 2, 3, 4, 5]);
  });

  it("on the same category and date, the id decides, so no two families share a place", async () => {
    const first = await enqueue(queueDb, "OTHER_SOCIALLY_VULNERABLE", "2024-02-02");
    const second = await enqueue(queueDb, "OTHER_SOCIALLY_VULNERABLE", "2024-02-02");
    const places = [await queuePosition(queueDb, first), await queuePosition(queueDb, second)];
    expect(new Set(places).size).toBe(2);
    expect(Math.abs((places[0] as number) - (places[1] as number))).toBe(1);
  });

  it("with 100,000 waiting families, a position is one quick count (no queue loaded)", async () => {
    // Bulk rows straight in SQL: users, families and queue entries spread over categories and dates.
    await queueDb.$executeRawUnsafe(`
      INSERT INTO "User" (id, iin, "fullName", "passwordHash", "updatedAt")
      SELECT 'bulk_u' || n, lpad(n::text, 12, '0'), 'Bulk family ' || n, 'x', now() FROM generate_series(1, 100000) AS n`);
    await queueDb.$executeRawUnsafe(`
      INSERT INTO "Family" (id, "applicantId", district, "updatedAt")
      SELECT 'bulk_f' || n, 'bulk_u' || n, 'ALMALY', now() FROM generate_series(1, 100000) AS n`);
    await queueDb.$executeRawUnsafe(`
      INSERT INTO "HousingQueueEntry" (id, "familyId", category, "registeredAt", status, "updatedAt")
      SELECT 'bulk_q' || n, 'bulk_f' || n,
        (ARRAY['LARGE_FAMILY','INCOMPLETE_FAMILY','CHILD_WITH_DISABILITY','OTHER_SOCIALLY_VULNERABLE'])[1 + n % 4]::"HousingQueueCategory",
        date '2008-01-01' + (n % 6000), CASE WHEN n % 10 = 0 THEN 'ALLOCATED' ELSE 'WAITING' END::"HousingQueueStatus", now()
      FROM generate_series(1, 100000) AS n`);
    await queueDb.$executeRawUnsafe(`ANALYZE "HousingQueueEntry"`);
    const late = await enqueue(queueDb, "INCOMPLETE_FAMILY", "2025-12-31");
    const started = performance.now();
    const position = await queuePosition(queueDb, late);
    const elapsed = performance.now() - started;
    // Waiting before it: all CHILD_WITH_DISABILITY and LARGE_FAMILY rows, and every earlier INCOMPLETE_FAMILY one.
    const expected = await queueDb.housingQueueEntry.count({ where: { status: "WAITING", OR: [{ category: { in: ["CHILD_WITH_DISABILITY", "LARGE_FAMILY"] } }, { category: "INCOMPLETE_FAMILY", registeredAt: { lt: late.registeredAt } }] } });
    expect(position).toBe(expected + 1);
    expect(position).toBeGreaterThan(60_000);
    console.log(`[housing-queue] position ${position} of ~90,000 waiting counted in ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(1_000);
  }, 120_000);
});

describe("the family's own queue entry", () => {
  it("shows the entry with its history and a position; a family without one gets null", async () => {
    const record = await createCitizenWithFamily(db, { housingQueue: "LARGE_FAMILY" });
    const actor = { id: record.user.id as string, role: "CITIZEN" as const, district: null };
    const entry = await getOwnQueueEntry(actor);
    expect(entry).toMatchObject({ category: "LARGE_FAMILY", status: "WAITING" });
    expect(entry?.position).toBeGreaterThanOrEqual(1);
    expect(entry?.events.map((event) => event.kind)).toEqual(["REGISTERED"]);

    const outside = await createCitizenWithFamily(db);
    await db.housingQueueEntry.deleteMany({ where: { familyId: outside.family.id as string } });
    expect(await getOwnQueueEntry({ id: outside.user.id as string, role: "CITIZEN", district: null })).toBeNull();
  });

  it("staff have no family queue entry of their own here (the page answers 404)", async () => {
    const caseworker = await createStaffUser(db, { role: "CASEWORKER", district: "ALMALY" });
    await expect(getOwnQueueEntry({ id: caseworker.id, role: "CASEWORKER", district: "ALMALY" })).rejects.toEqual(new AppError("NOT_FOUND"));
  });
});
