// A supervisor's changes to one entry (category, removal, restoring): each moves the
// family's place as the rule says, is recorded with its reason, who and the position after,
// and in the audit log; a change made from a stale page is refused; caseworkers and
// administrators only read; citizens get nothing. The family sees the change in its history.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { changeQueueCategory, removeFromQueue, restoreToQueue } from "@/lib/housing-queue/change-queue-entry";
import { changeCategorySchema, removeEntrySchema } from "@/lib/housing-queue/entry-change-schemas";
import { getOwnQueueEntry } from "@/lib/housing-queue/get-own-queue-entry";
import { getQueueEntry } from "@/lib/housing-queue/get-queue-entry";
import { createIsolatedDatabase } from "../../support/local-database";
import { createActor, emptyQueue, enqueueFamily } from "./queue-fixtures";

let isolated: { url: string; drop(): Promise<void> };
let queueDb: Database;
let supervisor: Actor;
let caseworker: Actor;
let admin: Actor;

async function versionOf(entryId: string): Promise<string> {
  return (await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: entryId }, select: { updatedAt: true } })).updatedAt.toISOString();
}

describe("changing a queue entry", () => {
  beforeAll(async () => {
    isolated = await createIsolatedDatabase({ migrate: true });
    queueDb = createPrismaClient(isolated.url);
    supervisor = await createActor(queueDb, "SUPERVISOR");
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

  it("a category change moves the family's place and is recorded with the reason, old and new", async () => {
    await enqueueFamily(queueDb, "LARGE_FAMILY", "2010-01-01");
    await enqueueFamily(queueDb, "INCOMPLETE_FAMILY", "2005-01-01");
    const family = await enqueueFamily(queueDb, "OTHER_SOCIALLY_VULNERABLE", "2001-01-01");
    expect((await getQueueEntry(caseworker, family.entryId, queueDb)).position).toBe(3);

    const reason = "Представлена справка об инвалидности ребёнка";
    const result = await changeQueueCategory(supervisor, { entryId: family.entryId, version: await versionOf(family.entryId), category: "CHILD_WITH_DISABILITY", reason }, queueDb);
    expect(result).toEqual({ positionBefore: 3, positionAfter: 1 });

    const entry = await getQueueEntry(caseworker, family.entryId, queueDb);
    expect(entry).toMatchObject({ category: "CHILD_WITH_DISABILITY", status: "WAITING", position: 1 });
    expect(entry.events[0]).toMatchObject({ kind: "CATEGORY_CHANGED", position: 1, note: reason, actor: { fullName: expect.any(String) } });

    const audit = await queueDb.auditLog.findFirstOrThrow({ where: { action: "housing-queue.change-category", entityId: family.entryId } });
    expect(audit).toMatchObject({ actorId: supervisor.id, actorRole: "SUPERVISOR", entityType: "HousingQueueEntry" });
    expect(audit.before).toEqual({ category: "OTHER_SOCIALLY_VULNERABLE", status: "WAITING", position: 3 });
    expect(audit.after).toEqual({ category: "CHILD_WITH_DISABILITY", status: "WAITING", position: 1, reason });

    // The family reads the change in its own history (its kind is translated on the page; the note is the reason).
    const own = await getOwnQueueEntry(family.citizen, queueDb);
    expect(own).toMatchObject({ category: "CHILD_WITH_DISABILITY", position: 1 });
    expect(own?.events.map((event) => [event.kind, event.position, event.note])).toEqual([
      ["CATEGORY_CHANGED", 1, reason],
      ["REGISTERED", null, expect.any(String)],
    ]);
    // Who on the staff made it is not part of the family's view.
    expect(own?.events[0]).not.toHaveProperty("actor");
    expect(own?.events[0]).not.toHaveProperty("actorId");
  });

  it("a change from a stale page is refused and nothing is written", async () => {
    const family = await enqueueFamily(queueDb, "LARGE_FAMILY", "2012-02-02");
    const seen = await versionOf(family.entryId);
    await changeQueueCategory(supervisor, { entryId: family.entryId, version: seen, category: "INCOMPLETE_FAMILY", reason: "Развод, один родитель" }, queueDb);
    const events = await queueDb.housingQueueEvent.count({ where: { entryId: family.entryId } });
    await expect(removeFromQueue(supervisor, { entryId: family.entryId, version: seen, reason: "Получили жильё" }, queueDb)).rejects.toEqual(new AppError("CONFLICT", "stale"));
    expect(await queueDb.housingQueueEvent.count({ where: { entryId: family.entryId } })).toBe(events);
    expect((await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: family.entryId } })).status).toBe("WAITING");
  });

  it("two supervisors changing the same entry at once: one wins, the other is told it changed", async () => {
    const family = await enqueueFamily(queueDb, "LARGE_FAMILY", "2013-03-03");
    const version = await versionOf(family.entryId);
    const results = await Promise.allSettled([
      changeQueueCategory(supervisor, { entryId: family.entryId, version, category: "INCOMPLETE_FAMILY", reason: "Первая причина" }, queueDb),
      removeFromQueue(supervisor, { entryId: family.entryId, version, reason: "Вторая причина" }, queueDb),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toEqual(new AppError("CONFLICT", "stale"));
    expect(await queueDb.housingQueueEvent.count({ where: { entryId: family.entryId, kind: { in: ["CATEGORY_CHANGED", "REMOVED"] } } })).toBe(1);
  });

  it("removal and restoring: the family leaves the list, then returns to its old place", async () => {
    await enqueueFamily(queueDb, "LARGE_FAMILY", "2009-01-01");
    const family = await enqueueFamily(queueDb, "LARGE_FAMILY", "2010-01-01");
    await enqueueFamily(queueDb, "LARGE_FAMILY", "2011-01-01");
    expect(await removeFromQueue(supervisor, { entryId: family.entryId, version: await versionOf(family.entryId), reason: "Получили жильё по другой программе" }, queueDb)).toEqual({ positionBefore: 2, positionAfter: null });
    expect(await getQueueEntry(caseworker, family.entryId, queueDb)).toMatchObject({ status: "REMOVED", position: null });
    // Removing twice is not a change the entry allows.
    await expect(removeFromQueue(supervisor, { entryId: family.entryId, version: await versionOf(family.entryId), reason: "Ещё раз" }, queueDb)).rejects.toEqual(new AppError("CONFLICT", "state"));

    expect(await restoreToQueue(supervisor, { entryId: family.entryId, version: await versionOf(family.entryId), reason: "Снятие отменено решением комиссии" }, queueDb)).toEqual({ positionBefore: null, positionAfter: 2 });
    const events = (await getQueueEntry(caseworker, family.entryId, queueDb)).events.map((event) => [event.kind, event.position]);
    expect(events.slice(0, 2)).toEqual([["RESTORED", 2], ["REMOVED", null]]);
    expect(await queueDb.auditLog.count({ where: { entityId: family.entryId, action: { in: ["housing-queue.remove", "housing-queue.restore"] } } })).toBe(2);

    await expect(changeQueueCategory(supervisor, { entryId: family.entryId, version: await versionOf(family.entryId), category: "LARGE_FAMILY", reason: "Та же" }, queueDb)).rejects.toEqual(new AppError("INVALID_INPUT", "sameCategory"));
  });

  it("caseworkers and administrators read but cannot change; citizens get nothing; unknown ids are not found", async () => {
    const family = await enqueueFamily(queueDb, "LARGE_FAMILY", "2014-01-01");
    const version = await versionOf(family.entryId);
    for (const reader of [caseworker, admin]) {
      expect((await getQueueEntry(reader, family.entryId, queueDb)).id).toBe(family.entryId);
      await expect(changeQueueCategory(reader, { entryId: family.entryId, version, category: "INCOMPLETE_FAMILY", reason: "x" }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
      await expect(removeFromQueue(reader, { entryId: family.entryId, version, reason: "x" }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
    }
    await expect(getQueueEntry(family.citizen, family.entryId, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(removeFromQueue(family.citizen, { entryId: family.entryId, version, reason: "x" }, queueDb)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(getQueueEntry(caseworker, "no-such-entry", queueDb)).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(removeFromQueue(supervisor, { entryId: "no-such-entry", version, reason: "x" }, queueDb)).rejects.toEqual(new AppError("NOT_FOUND"));
    expect((await queueDb.housingQueueEntry.findUniqueOrThrow({ where: { id: family.entryId } })).status).toBe("WAITING");
  });

  it("the schemas require a reason of at most 500 characters and refuse unknown fields", () => {
    const form = { entryId: "hqe_1", version: "2026-11-26T10:00:00.000Z", reason: "Причина" };
    expect(removeEntrySchema.safeParse(form).success).toBe(true);
    expect(removeEntrySchema.safeParse({ ...form, reason: "   " }).success).toBe(false);
    expect(removeEntrySchema.safeParse({ ...form, reason: "я".repeat(501) }).success).toBe(false);
    expect(removeEntrySchema.safeParse({ ...form, reason: "я".repeat(500) }).success).toBe(true);
    expect(removeEntrySchema.safeParse({ ...form, status: "WAITING" }).success).toBe(false);
    expect(removeEntrySchema.safeParse({ ...form, version: "yesterday" }).success).toBe(false);
    expect(changeCategorySchema.safeParse({ ...form, category: "VIP" }).success).toBe(false);
    expect(changeCategorySchema.safeParse({ ...form, category: "LARGE_FAMILY" }).success).toBe(true);
  });
});
