// Proactive offers: a family that a rule change makes eligible hears about it once per
// measure and rules version; a family that has applied hears nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findAndSendOffers } from "@/lib/offers/find-and-send-offers";
import { renderNotification } from "@/lib/notifications/render-notification";
import { createApplication, createLargeFamily, offersFor, publishPovertyLine, TEST_NOW, useOwnDatabase } from "./support/offer-test-database";

let drop: () => Promise<void>;
const run = () => findAndSendOffers({ now: TEST_NOW, reason: "manual", db });

describe("proactive offers", () => {
  let justAbove: { familyId: string; userId: string };
  let applied: { familyId: string; userId: string };
  let appliedAndWithdrew: { familyId: string; userId: string };

  beforeAll(async () => {
    drop = (await useOwnDatabase()).drop;
    justAbove = await createLargeFamily({ fatherIncomeTenge: 240_000 });
    applied = await createLargeFamily({ fatherIncomeTenge: 240_000 });
    appliedAndWithdrew = await createLargeFamily({ fatherIncomeTenge: 240_000 });
    await createApplication(applied.familyId, "UTILITIES_COMPENSATION", "SUBMITTED");
    await createApplication(appliedAndWithdrew.familyId, "UTILITIES_COMPENSATION", "WITHDRAWN");
  });

  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("offers nothing for a measure the family does not qualify for under the rules in force", async () => {
    await run();
    expect(await offersFor(justAbove.familyId, "UTILITIES_COMPENSATION")).toEqual([]);
  });

  it("offers a measure once, with one notification, after a change makes the family eligible", async () => {
    await publishPovertyLine(80);
    const first = await run();
    expect(first.families).toBe(3);

    const offers = await offersFor(justAbove.familyId, "UTILITIES_COMPENSATION");
    expect(offers).toHaveLength(1);
    const [offer] = offers;
    expect(offer!.rulesVersion).toBe(first.rulesVersion);
    expect(offer!.notification).toMatchObject({ userId: justAbove.userId, channel: "IN_APP", template: "offer.eligible", params: { measure: "UTILITIES_COMPENSATION" } });
    expect(renderNotification("en", offer!.notification!.template, offer!.notification!.params)).toContain("Utilities compensation");
    expect(renderNotification("kk", offer!.notification!.template, offer!.notification!.params)).not.toBe(renderNotification("ru", offer!.notification!.template, offer!.notification!.params));
    // Every offer has its own notification, and no notification is left without an offer.
    const notifications = await db.notification.count({ where: { userId: justAbove.userId, template: "offer.eligible" } });
    expect(notifications).toBe(await db.proactiveOffer.count({ where: { familyId: justAbove.familyId } }));

    // A second run under the same rules tells no one again.
    const second = await run();
    expect(second.offersCreated).toBe(0);
    expect(await offersFor(justAbove.familyId, "UTILITIES_COMPENSATION")).toHaveLength(1);
    expect(await db.notification.count({ where: { userId: justAbove.userId, template: "offer.eligible" } })).toBe(notifications);
  });

  it("offers nothing for a measure the family has an open application for, but does after a withdrawal", async () => {
    expect(await offersFor(applied.familyId, "UTILITIES_COMPENSATION")).toEqual([]);
    expect(await offersFor(appliedAndWithdrew.familyId, "UTILITIES_COMPENSATION")).toHaveLength(1);
  });

  it("offers again under a new rules version", async () => {
    await publishPovertyLine(85);
    const third = await run();
    const offers = await offersFor(justAbove.familyId, "UTILITIES_COMPENSATION");
    expect(offers).toHaveLength(2);
    expect(offers.map((offer) => offer.rulesVersion)).toEqual([expect.any(String), third.rulesVersion]);
    expect(offers[0]!.rulesVersion).not.toBe(offers[1]!.rulesVersion);
    expect(offers.every((offer) => offer.notificationId !== null)).toBe(true);
  });

  it("offers nothing for a measure the catalog has paused, and records each run in the audit log", async () => {
    await db.measureSetting.create({ data: { measure: "UTILITIES_COMPENSATION", status: "PAUSED", noticeKk: "к", noticeRu: "р", noticeEn: "e" } });
    await publishPovertyLine(90);
    await run();
    expect(await offersFor(justAbove.familyId, "UTILITIES_COMPENSATION")).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "offers.run" } })).toBe(5);
  });
});
