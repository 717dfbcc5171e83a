// Allocation of flats: the top N of the queue get flats and the next M the reserve list,
// in one transaction with history events, an audit record and a notice to each family;
// a preview the queue has overtaken is refused; allocations at the same time never give
// one family two flats. In a database of its own (allocations take the top of the queue).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { allocateFlats } from "@/lib/housing-queue/allocate-flats";
import { allocationConfirmSchema, allocationRequestSchema } from "@/lib/housing-queue/allocation-schemas";
import { changeQueueCategory } from "@/lib/housing-queue/change-queue-entry";
import { declineFlat } from "@/lib/housing-queue/decline-flat";
import { getAllocation } from "@/lib/housing-queue/get-allocation";
import { getOwnQueueEntry } from "@/lib/housing-queue/get-own-queue-entry";
import { listAllocations } from "@/lib/housing-queue/list-allocations";
import { previewAllocation } from "@/lib/housing-queue/preview-allocation";
import { renderNotification } from "@/lib/notifications/render-notification";
import { createIsolatedDatabase } from "../../support/local-database";
import { createActor, emptyQueue, enqueueFamily, waitingIds, type QueuedFamily } from "./queue-fixtures";

let isolated: { url: string; drop(): Promise<void> };
let queueDb: Database;
let supervisor: Actor;
let otherSupervisor: Actor;
let caseworker: Actor;
let admin: Actor;

const REQUEST = { title: "ЖК «Алатау», блок 3", flats: 3, reserveSize: 2, reason: "Постановление акимата № 123 от 20.11.2026" };

describe("allocating flats to the top of the queue", () => {
  beforeAll(async () => {
    isolated = await createIsolatedDatabase({ migrate: true });
    queueDb = createPrismaClient(isolated.url);
    supervisor = await createActor(queueDb, "SUPERVISOR");
    otherSupervisor = await createActor(queueDb, "SUPERVISOR");
    caseworker = await createActor(queueDb, "CASEWORKER");
    admin = await createActor(queueDb, "ADMIN");
  });
  beforeEach(async () => {
    await emptyQueue(queueDb);
  });
  afterAll(async () => {
    await queueDb.$disconnect();
    await isolated.drop();
    await db.$disconnect();
  });

  it("gives the top 3 the flats and the next 2 the reserve list, with events, audit and notices", async () => {
    const late = await enqueueFamily(queueDb, "CHILD_WITH_DISABILITY", "2020-01-01");
    const large2010 = await enqueueFamily(queueDb, "LARGE_FAMILY", "2010-01-01");
    const large2012 = await enqueueFamily(queueDb, "LARGE_FAMILY", "2012-05-05");
    const incomplete2005 = await enqueueFamily(queueDb, "INCOMPLETE_FAMILY", "2005-03-03");
    const other2001 = await enqueueFamily(queueDb, "OTHER_SOCIALLY_VULNERABLE", "2001-01-01");
    const large2015 = await enqueueFamily(queueDb, "LARGE_FAMILY", "2015-07-07");
    const incomplete2009 = await enqueueFamily(queueDb, "INCOMPLETE_FAMILY", "2009-09-09");
    const flats = [late, large2010, large2012];
    const reserve = [large2015, incomplete2005];

    const preview = await previewAllocation(supervisor, REQUEST, queueDb);
    expect(preview.flats.map((row) => row.id)).toEqual(flats.map((family) => family.entryId));
    expect(preview.reserve.map((row) => row.id)).toEqual(reserve.map((family) => family.entryId));
    // A preview writes nothing.
    expect(await queueDb.housingAllocation.count()).toBe(0);

    const { allocationId } = await allocateFlats(supervisor, { ...REQUEST, previewFingerprint: preview.fingerprint }, queueDb);

    const allocation = await getAllocation(caseworker, allocationId, queueDb);
    expect(allocation).toMatchObject({ title: REQUEST.title, flats: 3, reserveSize: 2, reason: REQUEST.reason });
    expect(allocation.flatItems.map((item) => [item.entry.id, item.rank])).toEqual(flats.map((family, index) => [family.entryId, index + 1]));
    expect(allocation.reserveItems.map((item) => [item.entry.id, item.rank])).toEqual(reserve.map((family, index) => [family.entryId, index + 1]));

    const statuses = Object.fromEntries((await queueDb.housingQueueEntry.findMany({ select: { id: true, status: true } })).map((row) => [row.id, row.status]));
    for (const family of flats) expect(statuses[family.entryId]).toBe("ALLOCATED");
    for (const family of [...reserve, other2001, incomplete2009]) expect(statuses[family.entryId]).toBe("WAITING");
    // The reserve families now stand at the top of the list, in reserve order.
    expect((await waitingIds(queueDb)).slice(0, 2)).toEqual(reserve.map((family) => family.entryId));

    const events = await queueDb.housingQueueEvent.findMany({ where: { kind: { in: ["ALLOCATED", "RESERVE"] } }, select: { entryId: true, kind: true, position: true, note: true, actorId: true } });
    expect(events).toHaveLength(5);
    for (const family of flats) {
      expect(events.find((event) => event.entryId === family.entryId)).toMatchObject({ kind: "ALLOCATED", position: null, actorId: supervisor.id });
    }
    reserve.forEach((family, index) => {
      expect(events.find((event) => event.entryId === family.entryId)).toMatchObject({ kind: "RESERVE", position: index + 1, actorId: supervisor.id });
    });
    for (const event of events) expect(event.note).toBe(`${REQUEST.title}: ${REQUEST.reason}`);

    const audit = await queueDb.auditLog.findMany({ where: { action: "housing-queue.allocate", entityId: allocationId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: supervisor.id, actorRole: "SUPERVISOR", entityType: "HousingAllocation" });
    expect(audit[0]?.after).toMatchObject({ flatEntryIds: flats.map((family) => family.entryId), reserveEntryIds: reserve.map((family) => family.entryId) });

    const notices = await queueDb.notification.findMany({ where: { template: { startsWith: "housing." } }, select: { userId: true, template: true, params: true, channel: true } });
    expect(notices).toHaveLength(5);
    flats.forEach((family, index) => {
      expect(notices.find((notice) => notice.userId === family.userId)).toEqual({ userId: family.userId, template: "housing.allocated", params: { allocationTitle: REQUEST.title, rank: index + 1 }, channel: "IN_APP" });
    });
    reserve.forEach((family, index) => {
      expect(notices.find((notice) => notice.userId === family.userId)).toMatchObject({ template: "housing.reserve", params: { allocationTitle: REQUEST.title, rank: index + 1 } });
    });
    for (const locale of ["kk", "ru", "en"] as const) {
      const text = renderNotification(locale, "housing.allocated", { allocationTitle: REQUEST.title, rank: 2 });
      expect(text).toContain(REQUEST.title);
      expect(text).toContain("2");
      expect(text).not.toMatch(/[{}]/);
      expect(renderNotification(locale, "housing.reserve", { allocationTitle: REQUEST.title, rank: 1 })).not.toBe(text);
    }

    // Each family sees it on its own page: the allocation, its number, and the history.
    const flatView = await getOwnQueueEntry(large2010.citizen, queueDb);
    expect(flatView).toMatchObject({ status: "ALLOCATED", position: null });
    expect(flatView?.allocationItems).toEqual([{ role: "FLAT", rank: 2, allocation: { id: allocationId, title: REQUEST.title, createdAt: expect.any(Date) } }]);
    expect(flatView?.events.map((event) => event.kind)).toEqual(["ALLOCATED", "REGISTERED"]);
    const reserveView = await getOwnQueueEntry(incomplete2005.citizen, queueDb);
    expect(reserveView).toMatchObject({ status: "WAITING", position: 2 });
    expect(reserveView?.allocationItems.map((item) => [item.role, item.rank])).toEqual([["RESERVE", 2]]);
    expect(reserveView?.events[0]).toMatchObject({ kind: "RESERVE", position: 2, note: `${REQUEST.title}: ${REQUEST.reason}` });

    expect((await listAllocations(caseworker, queueDb)).map((row) => row.id)).toContain(allocationId);
  });

  it("refuses a preview the queue has overtaken, writing nothing; a new preview shows the change", async () => {
    const first = await enqueueFamily(queueDb, "LARGE_FAMILY", "2011-01-01");
    await enqueueFamily(queueDb, "LARGE_FAMILY", "2012-01-01");
    const third = await enqueueFamily(queueDb, "INCOMPLETE_FAMILY", "2003-01-01");
    await enqueueFamily(queueDb, "OTHER_SOCIALLY_VULNERABLE", "2002-01-01");
    const request = { ...REQUEST, flats: 2, reserveSize: 1 };
    const preview = await previewAllocation(supervisor, request, queueDb);

    // Meanwhile a family's category changes and it moves to the top.
    const entry = await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: third.entryId } });
    await changeQueueCategory(otherSupervisor, { entryId: third.entryId, version: entry.updatedAt.toISOString(), category: "CHILD_WITH_DISABILITY", reason: "Установлена инвалидность ребёнка" }, queueDb);

    const before = { allocations: await queueDb.housingAllocation.count(), notices: await queueDb.notification.count(), allocated: await queueDb.housingQueueEntry.count({ where: { status: "ALLOCATED" } }) };
    await expect(allocateFlats(supervisor, { ...request, previewFingerprint: preview.fingerprint }, queueDb)).rejects.toEqual(new AppError("CONFLICT", "preview-changed"));
    expect({ allocations: await queueDb.housingAllocation.count(), notices: await queueDb.notification.count(), allocated: await queueDb.housingQueueEntry.count({ where: { status: "ALLOCATED" } }) }).toEqual(before);

    const fresh = await previewAllocation(supervisor, request, queueDb);
    expect(fresh.flats.map((row) => row.id)).toEqual([third.entryId, first.entryId]);
    expect(fresh.fingerprint).not.toBe(preview.fingerprint);
    await allocateFlats(supervisor, { ...request, previewFingerprint: fresh.fingerprint }, queueDb);
    expect(await queueDb.housingQueueEntry.count({ where: { status: "ALLOCATED", id: { in: [third.entryId, first.entryId] } } })).toBe(2);
  });

  it("two allocations at the same moment never give one family two flats", async () => {
    for (let index = 0; index < 6; index += 1) await enqueueFamily(queueDb, "LARGE_FAMILY", `201${index}-02-02`);
    const request = { ...REQUEST, flats: 2, reserveSize: 1 };
    // Both supervisors previewed the same queue and confirm at once.
    const [previewA, previewB] = await Promise.all([previewAllocation(supervisor, request, queueDb), previewAllocation(otherSupervisor, request, queueDb)]);
    const results = await Promise.allSettled([
      allocateFlats(supervisor, { ...request, title: "A", previewFingerprint: previewA.fingerprint }, queueDb),
      allocateFlats(otherSupervisor, { ...request, title: "B", previewFingerprint: previewB.fingerprint }, queueDb),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toEqual(new AppError("CONFLICT", "preview-changed"));

    // Five more at once, each with a fresh preview of its own: still one flat per family.
    const previews = await Promise.all([0, 1, 2, 3, 4].map(() => previewAllocation(supervisor, { ...request, flats: 1, reserveSize: 0 }, queueDb)));
    await Promise.allSettled(previews.map((preview, index) => allocateFlats(supervisor, { ...request, flats: 1, reserveSize: 0, title: `C${index}`, previewFingerprint: preview.fingerprint }, queueDb)));
    const flats = await queueDb.housingAllocationItem.groupBy({ by: ["entryId"], where: { role: "FLAT" }, _count: { entryId: true } });
    expect(flats.every((row) => row._count.entryId === 1)).toBe(true);
    const allocatedEntries = await queueDb.housingQueueEntry.count({ where: { status: "ALLOCATED", allocationItems: { some: { role: "FLAT" } } } });
    expect(allocatedEntries).toBe(flats.length);
  });

  it("a family declines its flat: it waits again, and the first waiting reserve family gets that flat", async () => {
    const families = [];
    for (let index = 0; index < 5; index += 1) families.push(await enqueueFamily(queueDb, "LARGE_FAMILY", `200${index}-06-06`));
    const [flat1, flat2, reserve1, reserve2] = families as [QueuedFamily, QueuedFamily, QueuedFamily, QueuedFamily, QueuedFamily];
    const request = { ...REQUEST, title: "Блок 7", flats: 2, reserveSize: 2 };
    const { allocationId } = await allocateFlats(supervisor, { ...request, previewFingerprint: (await previewAllocation(supervisor, request, queueDb)).fingerprint }, queueDb);

    const version = (await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: flat2.entryId } })).updatedAt.toISOString();
    await expect(declineFlat(caseworker, { allocationId, entryId: flat2.entryId, version, reason: "x" }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(declineFlat(supervisor, { allocationId, entryId: flat2.entryId, version: "2020-01-01T00:00:00.000Z", reason: "x" }, queueDb)).rejects.toEqual(new AppError("CONFLICT", "stale"));
    const reserveVersion = (await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: reserve1.entryId } })).updatedAt.toISOString();
    await expect(declineFlat(supervisor, { allocationId, entryId: reserve1.entryId, version: reserveVersion, reason: "x" }, queueDb)).rejects.toEqual(new AppError("CONFLICT", "state"));

    const reason = "Квартира на 9 этаже, в семье ребёнок на коляске";
    const result = await declineFlat(supervisor, { allocationId, entryId: flat2.entryId, version, reason }, queueDb);
    expect(result).toEqual({ positionAfter: 1, promotedEntryId: reserve1.entryId });

    const allocation = await getAllocation(supervisor, allocationId, queueDb);
    expect(allocation.flatItems.map((item) => [item.entry.id, item.rank, item.entry.status])).toEqual([[flat1.entryId, 1, "ALLOCATED"], [reserve1.entryId, 2, "ALLOCATED"]]);
    expect(allocation.reserveItems.map((item) => [item.entry.id, item.rank])).toEqual([[reserve2.entryId, 2]]);

    const declined = await getOwnQueueEntry(flat2.citizen, queueDb);
    expect(declined).toMatchObject({ status: "WAITING", position: 1, allocationItems: [] });
    expect(declined?.events[0]).toMatchObject({ kind: "DECLINED", position: 1, note: `Блок 7: ${reason}` });
    const promoted = await getOwnQueueEntry(reserve1.citizen, queueDb);
    expect(promoted?.allocationItems.map((item) => [item.role, item.rank])).toEqual([["FLAT", 2]]);
    // The promoted family reads the allocation's reason, not the other family's refusal.
    expect(promoted?.events[0]).toMatchObject({ kind: "ALLOCATED", position: null, note: `Блок 7: ${REQUEST.reason}` });
    expect(await queueDb.notification.findMany({ where: { userId: reserve1.userId, template: "housing.allocated" }, select: { params: true } })).toEqual([{ params: { allocationTitle: "Блок 7", rank: 2 } }]);
    expect(await queueDb.auditLog.count({ where: { action: "housing-queue.decline-flat", entityId: allocationId } })).toBe(1);
    // Declining twice is not possible: the family is no longer on the flat list.
    const again = (await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: flat2.entryId } })).updatedAt.toISOString();
    await expect(declineFlat(supervisor, { allocationId, entryId: flat2.entryId, version: again, reason }, queueDb)).rejects.toEqual(new AppError("NOT_FOUND"));
  });

  it("a refusal skips reserve families that a later allocation already housed", async () => {
    const families = [];
    for (let index = 0; index < 4; index += 1) families.push(await enqueueFamily(queueDb, "INCOMPLETE_FAMILY", `199${index}-01-01`));
    const [flat, reserve1, reserve2] = families as [QueuedFamily, QueuedFamily, QueuedFamily, QueuedFamily];
    const first = { ...REQUEST, title: "Блок 8", flats: 1, reserveSize: 2 };
    const { allocationId } = await allocateFlats(supervisor, { ...first, previewFingerprint: (await previewAllocation(supervisor, first, queueDb)).fingerprint }, queueDb);
    // The next allocation takes the top of the list: the first reserve family.
    const second = { ...REQUEST, title: "Блок 9", flats: 1, reserveSize: 0 };
    await allocateFlats(supervisor, { ...second, previewFingerprint: (await previewAllocation(supervisor, second, queueDb)).fingerprint }, queueDb);
    expect((await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: reserve1.entryId } })).status).toBe("ALLOCATED");

    const version = (await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: flat.entryId } })).updatedAt.toISOString();
    expect((await declineFlat(supervisor, { allocationId, entryId: flat.entryId, version, reason: "Отказ" }, queueDb)).promotedEntryId).toBe(reserve2.entryId);
    const flatItems = await queueDb.housingAllocationItem.findMany({ where: { role: "FLAT", entry: { id: { in: [reserve1.entryId, reserve2.entryId] } } }, select: { entryId: true } });
    expect(flatItems.map((item) => item.entryId).sort()).toEqual([reserve1.entryId, reserve2.entryId].sort());
  });

  it("refuses more flats than waiting families, and anyone but a supervisor", async () => {
    await enqueueFamily(queueDb, "LARGE_FAMILY", "2014-04-04");
    await expect(previewAllocation(supervisor, { ...REQUEST, flats: 2, reserveSize: 0 }, queueDb)).rejects.toEqual(new AppError("INVALID_INPUT", "notEnoughWaiting"));
    const preview = await previewAllocation(supervisor, { ...REQUEST, flats: 1, reserveSize: 0 }, queueDb);
    for (const actor of [caseworker, admin, { id: "citizen", role: "CITIZEN" as const, district: null }]) {
      await expect(previewAllocation(actor, { ...REQUEST, flats: 1, reserveSize: 0 }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
      await expect(allocateFlats(actor, { ...REQUEST, flats: 1, reserveSize: 0, previewFingerprint: preview.fingerprint }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
    }
    await expect(listAllocations({ id: "citizen", role: "CITIZEN", district: null }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(getAllocation(caseworker, "no-such-allocation", queueDb)).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await queueDb.housingQueueEntry.count({ where: { status: "WAITING" } })).toBe(1);
  });

  it("the form's schemas refuse unknown fields, bad numbers and long reasons", () => {
    const form = { title: "Блок 1", flats: "3", reserveSize: "0", reason: "Решение" };
    expect(allocationRequestSchema.safeParse(form).data).toEqual({ title: "Блок 1", flats: 3, reserveSize: 0, reason: "Решение" });
    expect(allocationRequestSchema.safeParse({ ...form, status: "ALLOCATED" }).success).toBe(false);
    expect(allocationRequestSchema.safeParse({ ...form, flats: "0" }).success).toBe(false);
    expect(allocationRequestSchema.safeParse({ ...form, flats: "2.5" }).success).toBe(false);
    expect(allocationRequestSchema.safeParse({ ...form, reserveSize: "-1" }).success).toBe(false);
    expect(allocationRequestSchema.safeParse({ ...form, reason: "x".repeat(501) }).success).toBe(false);
    expect(allocationConfirmSchema.safeParse({ ...form, previewFingerprint: "abc" }).success).toBe(false);
    expect(allocationConfirmSchema.safeParse({ ...form, previewFingerprint: "a".repeat(64) }).success).toBe(true);
  });
});

