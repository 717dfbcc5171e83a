// Notifications are stored as template + parameters and rendered in the reader's language;
// each user reads and marks only their own.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listOwnNotifications } from "@/lib/notifications/list-own-notifications";
import { markNotificationsRead, markNotificationsReadSchema } from "@/lib/notifications/mark-notifications-read";
import { sendMessage } from "@/lib/notifications/outbox";
import { readLatestOutboxMessages } from "@/lib/notifications/read-outbox";
import { renderNotification, renderSmsBody } from "@/lib/notifications/render-notification";
import { createCitizenWithFamily } from "@/prisma/seed/factories";

const params = { reference: "BO-2026-000123", measure: "FREE_KINDERGARTEN", status: "INFORMATION_REQUESTED" };

describe("rendering in three languages", () => {
  it.each([
    ["en", "Application BO-2026-000123 for “Free kindergarten”: new status — Information requested."],
    ["ru", "Заявление BO-2026-000123 «Бесплатный детский сад»: новый статус — Запрошены сведения."],
    ["kk", "«Тегін балабақша» бойынша BO-2026-000123 өтініші: жаңа мәртебесі — Мәліметтер сұралды."],
  ] as const)("application.status-changed in %s", (locale, expected) => {
    expect(renderNotification(locale, "application.status-changed", params)).toBe(expected);
  });

  it.each(["en", "ru", "kk"] as const)("every template the portal writes renders in %s with the reference and the measure", (locale) => {
    for (const template of ["application.submitted", "application.information-requested", "application.information-provided", "application.withdrawn", "application.appealed"]) {
      const text = renderNotification(locale, template, params);
      expect(text).toContain("BO-2026-000123");
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toBe(renderNotification(locale, "unknown.template", params));
    }
  });

  it("an unknown template or broken parameters still say that something arrived", () => {
    expect(renderNotification("en", "payment.sent", params)).toBe("You have a new message from Bakytty Otbasy. Sign in to the portal to read it.");
    expect(renderNotification("ru", "application.submitted", { reference: "BO-1", measure: "NOT_A_MEASURE" })).toMatch(/^У вас новое сообщение/);
  });

  it("an SMS starts with the portal's name in the recipient's language", () => {
    expect(renderSmsBody("ru", "application.withdrawn", params)).toBe("Бақытты отбасы: Заявление BO-2026-000123 «Бесплатный детский сад» отозвано.");
  });
});

describe("the user's own notifications", () => {
  afterAll(() => db.$disconnect());

  async function userWithNotifications() {
    const record = await createCitizenWithFamily(db);
    const userId = record.user.id as string;
    const now = Date.now();
    await db.notification.createMany({
      data: [
        { userId, template: "application.submitted", params, createdAt: new Date(now - 3_000) },
        { userId, template: "application.status-changed", params, createdAt: new Date(now - 2_000) },
        { userId, template: "application.information-requested", params, channel: "SMS", sentAt: new Date(now - 2_000), createdAt: new Date(now - 2_000) },
        { userId, template: "application.status-changed", params: { ...params, status: "IN_REVIEW" }, readAt: new Date(now - 500), createdAt: new Date(now - 1_000) },
      ],
    });
    return { id: userId, role: "CITIZEN" as const, district: null };
  }

  it("lists in-app notifications newest first in the reader's language, counts and marks the unread", async () => {
    const actor = await userWithNotifications();
    const list = await listOwnNotifications(actor, "kk");
    expect(list.map((item) => item.isRead)).toEqual([true, false, false]);
    expect(list[0]?.text).toContain("Қаралуда");
    expect(await countUnreadNotifications(actor)).toBe(2);

    await markNotificationsRead(actor, markNotificationsReadSchema.parse({ notificationId: list[1]?.id }));
    expect(await countUnreadNotifications(actor)).toBe(1);
    await markNotificationsRead(actor, markNotificationsReadSchema.parse({ all: "1" }));
    expect(await countUnreadNotifications(actor)).toBe(0);
  });

  it("a proactive offer leads to the apply page of its measure; a forged measure leads nowhere", async () => {
    const actor = await userWithNotifications();
    await db.notification.createMany({
      data: [
        { userId: actor.id, channel: "IN_APP", template: "offer.eligible", params: { measure: "SCHOLARSHIP" }, createdAt: new Date(Date.now() + 1_000) },
        { userId: actor.id, channel: "IN_APP", template: "offer.eligible", params: { measure: "../admin" }, createdAt: new Date(Date.now() + 2_000) },
      ],
    });
    const list = await listOwnNotifications(actor, "en");
    expect(list.slice(0, 2).map((item) => item.offeredMeasure)).toEqual([null, "SCHOLARSHIP"]);
    expect(list.slice(2).every((item) => item.offeredMeasure === null)).toBe(true);
  });

  it("someone else's notification cannot be marked, and stays unread", async () => {
    const owner = await userWithNotifications();
    const stranger = await userWithNotifications();
    const [target] = (await listOwnNotifications(owner, "en")).filter((item) => !item.isRead);
    await expect(markNotificationsRead(stranger, { notificationId: target?.id as string })).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await countUnreadNotifications(owner)).toBe(2);
    expect((await listOwnNotifications(stranger, "en")).map((item) => item.id)).not.toContain(target?.id);
  });

  it("refuses fields the form does not have", () => {
    expect(markNotificationsReadSchema.safeParse({ notificationId: "ntf_1", userId: "usr_other" }).success).toBe(false);
  });
});

describe("the development outbox", () => {
  beforeAll(() => {
    process.env.APP_DATA_DIR = mkdtempSync(join(tmpdir(), "bakytty-outbox-read-"));
  });

  it("reads the latest messages, newest first, and none when nothing was sent", async () => {
    expect(await readLatestOutboxMessages(100)).toEqual([]);
    for (let index = 1; index <= 3; index += 1) {
      await sendMessage({ channel: "SMS", to: "+77010000000", body: `Сообщение ${index}`, template: "test.message" });
    }
    const messages = await readLatestOutboxMessages(2);
    expect(messages.map((message) => message.body)).toEqual(["Сообщение 3", "Сообщение 2"]);
  });
});
