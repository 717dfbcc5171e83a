// A family withdraws, appeals and answers on its own applications only, through the
// status machine, with an optimistic version check, and nothing half-written.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appealRejection, appealRejectionSchema } from "@/lib/applications/family-actions/appeal-rejection";
import { answerInformationRequest, answerInformationRequestSchema } from "@/lib/applications/family-actions/answer-information-request";
import { getOwnApplication } from "@/lib/applications/family-actions/get-own-application";
import { listOwnApplications } from "@/lib/applications/family-actions/list-own-applications";
import { withdrawApplication } from "@/lib/applications/family-actions/withdraw-application";
import { deadlineAfterPause } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { createStaffUser } from "@/prisma/seed/factories";
import { createApplication, createFamily, INTERNAL_NOTE, snapshotOf } from "./application-fixtures";

const DAY_MS = 86_400_000;
let outbox: string;

function outboxLines(): { channel: string; to: string; body: string; template: string }[] {
  try {
    return readFileSync(join(outbox, "outbox", "messages.jsonl"), "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line));
  } catch {
    return [];
  }
}

describe("family actions on applications", () => {
  beforeAll(() => {
    // SMS go to this run's own outbox, not the developer's data folder.
    outbox = mkdtempSync(join(tmpdir(), "bakytty-outbox-"));
    process.env.APP_DATA_DIR = outbox;
  });
  afterAll(() => db.$disconnect());

  describe("withdraw", () => {
    it.each(["DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED"] as const)("is allowed from %s, with event, audit, notification and SMS", async (status) => {
      const family = await createFamily(db, { locale: "kk" });
      const application = await createApplication(db, family.familyId, status);
      const result = await withdrawApplication(family.actor, { applicationId: application.id, version: application.version });
      expect(result).toEqual({ id: application.id, status: "WITHDRAWN", version: application.version + 1 });

      const stored = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true, version: true } });
      expect(stored).toEqual({ status: "WITHDRAWN", version: application.version + 1 });
      const event = await db.timelineEvent.findFirstOrThrow({ where: { applicationId: application.id, type: "WITHDRAWN" } });
      expect(event).toMatchObject({ actorId: family.userId, fromStatus: status, toStatus: "WITHDRAWN", isInternal: false });
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "application.withdraw", entityId: application.id } });
      expect(audit).toMatchObject({ actorId: family.userId, actorRole: "CITIZEN", before: { status, version: application.version }, after: { status: "WITHDRAWN", version: application.version + 1 } });
      const notifications = await db.notification.findMany({ where: { userId: family.userId, template: "application.withdrawn" }, select: { channel: true, params: true } });
      expect(notifications.map((row) => row.channel).sort()).toEqual(["IN_APP", "SMS"]);
      expect(notifications[0]?.params).toMatchObject({ reference: application.reference, measure: "ONE_TIME_ASSISTANCE", status: "WITHDRAWN" });

      // The SMS is written in the user's own language (Kazakh here), with the reference.
      const sms = outboxLines().find((line) => line.body.includes(application.reference));
      expect(sms).toMatchObject({ channel: "SMS", to: "+77015550199", template: "application.withdrawn" });
      expect(sms?.body).toContain("кері қайтарылды");
    });

    it.each(["APPROVED", "REJECTED", "WITHDRAWN", "APPEALED"] as const)("is refused from %s and nothing changes", async (status) => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, status);
      const before = await snapshotOf(db, application);
      await expect(withdrawApplication(family.actor, { applicationId: application.id, version: application.version })).rejects.toMatchObject({ code: "CONFLICT" });
      expect(await snapshotOf(db, application)).toEqual(before);
    });

    it("sends no SMS to a family without a phone, but still notifies in the portal", async () => {
      const family = await createFamily(db, { phone: null });
      const application = await createApplication(db, family.familyId, "SUBMITTED");
      await withdrawApplication(family.actor, { applicationId: application.id, version: application.version });
      const channels = await db.notification.findMany({ where: { userId: family.userId }, select: { channel: true } });
      expect(channels).toEqual([{ channel: "IN_APP" }]);
      expect(outboxLines().some((line) => line.body.includes(application.reference))).toBe(false);
    });

    it("two concurrent withdrawals of the same version: exactly one wins", async () => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, "IN_REVIEW");
      const input = { applicationId: application.id, version: application.version };
      const results = await Promise.allSettled([withdrawApplication(family.actor, input), withdrawApplication(family.actor, input)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const rejected = results.filter((result) => result.status === "rejected");
      expect(rejected).toHaveLength(1);
      expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
      expect(await db.timelineEvent.count({ where: { applicationId: application.id, type: "WITHDRAWN" } })).toBe(1);
      expect(await db.auditLog.count({ where: { action: "application.withdraw", entityId: application.id } })).toBe(1);
      expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).version).toBe(application.version + 1);
    });

    it("a change made since the family looked (stale version) is refused as CONFLICT/version", async () => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, "IN_REVIEW");
      const before = await snapshotOf(db, application);
      await expect(withdrawApplication(family.actor, { applicationId: application.id, version: application.version - 1 })).rejects.toEqual(new AppError("CONFLICT", "version"));
      expect(await snapshotOf(db, application)).toEqual(before);
    });
  });

  describe("appeal", () => {
    it("moves a rejection to APPEALED with the reason in the timeline", async () => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, "REJECTED");
      const input = appealRejectionSchema.parse({ applicationId: application.id, version: String(application.version), reason: "  Справка о доходах приложена повторно.  " });
      await appealRejection(family.actor, input);
      const event = await db.timelineEvent.findFirstOrThrow({ where: { applicationId: application.id, type: "APPEALED" } });
      expect(event).toMatchObject({ fromStatus: "REJECTED", toStatus: "APPEALED", message: "Справка о доходах приложена повторно." });
      expect(await db.auditLog.count({ where: { action: "application.appeal", entityId: application.id } })).toBe(1);
    });

    it.each(["DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "WITHDRAWN", "APPEALED"] as const)("is refused from %s", async (status: ApplicationStatus) => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, status);
      const before = await snapshotOf(db, application);
      await expect(appealRejection(family.actor, { applicationId: application.id, version: application.version, reason: "Прошу пересмотреть." })).rejects.toMatchObject({ code: "CONFLICT" });
      expect(await snapshotOf(db, application)).toEqual(before);
    });

    it("is refused while another open application for the same measure exists", async () => {
      const family = await createFamily(db);
      const rejected = await createApplication(db, family.familyId, "REJECTED", { measure: "SOCIAL_JOBS" });
      await createApplication(db, family.familyId, "SUBMITTED", { measure: "SOCIAL_JOBS" });
      const before = await snapshotOf(db, rejected);
      await expect(appealRejection(family.actor, { applicationId: rejected.id, version: rejected.version, reason: "Прошу пересмотреть." })).rejects.toEqual(new AppError("CONFLICT", "open-application-exists"));
      expect(await snapshotOf(db, rejected)).toEqual(before);
    });

    it("needs a reason of at most 2,000 characters and refuses fields the form does not have", () => {
      const base = { applicationId: "app_x", version: "1" };
      expect(appealRejectionSchema.safeParse({ ...base, reason: "   " }).error?.issues[0]?.message).toBe("appealReasonRequired");
      expect(appealRejectionSchema.safeParse({ ...base, reason: "а".repeat(2_001) }).error?.issues[0]?.message).toBe("messageTooLong");
      expect(appealRejectionSchema.safeParse({ ...base, reason: "а".repeat(2_000) }).success).toBe(true);
      expect(appealRejectionSchema.safeParse({ ...base, reason: "Причина", status: "APPROVED" }).error?.issues[0]?.code).toBe("unrecognized_keys");
    });
  });

  describe("answer a request for information", () => {
    it("before the deadline: back to IN_REVIEW, INFORMATION_PROVIDED event, decision deadline moved by the pause", async () => {
      const family = await createFamily(db);
      const requestedAt = new Date(Date.now() - 3 * DAY_MS);
      const application = await createApplication(db, family.familyId, "INFORMATION_REQUESTED", { requestedAt });
      const now = new Date();
      await answerInformationRequest(family.actor, { applicationId: application.id, version: application.version, message: "Справка загружена." }, now);
      const stored = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true, dueAt: true } });
      expect(stored.status).toBe("IN_REVIEW");
      // The clock stopped while the family was asked: the working days the request took are given back.
      expect(stored.dueAt).toEqual(deadlineAfterPause(application.dueAt as Date, requestedAt, now));
      const event = await db.timelineEvent.findFirstOrThrow({ where: { applicationId: application.id, type: "INFORMATION_PROVIDED" } });
      expect(event).toMatchObject({ fromStatus: "INFORMATION_REQUESTED", toStatus: "IN_REVIEW", message: "Справка загружена.", actorId: family.userId });
      expect(await db.notification.count({ where: { userId: family.userId, template: "application.information-provided", channel: "IN_APP" } })).toBe(1);
    });

    it("after the deadline: refused, and the page offers no form", async () => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, "INFORMATION_REQUESTED", { respondBy: new Date(Date.now() - 60_000) });
      const before = await snapshotOf(db, application);
      await expect(answerInformationRequest(family.actor, { applicationId: application.id, version: application.version, message: "Поздно." })).rejects.toEqual(new AppError("CONFLICT", "deadline"));
      expect(await snapshotOf(db, application)).toEqual(before);
      const view = await getOwnApplication(family.actor, application.id);
      expect(view.informationRequest).toMatchObject({ canAnswer: false });
    });

    it("is refused when no information is requested", async () => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, "IN_REVIEW");
      await expect(answerInformationRequest(family.actor, { applicationId: application.id, version: application.version, message: "Ответ." })).rejects.toMatchObject({ code: "CONFLICT" });
    });

    it("needs a message", () => {
      expect(answerInformationRequestSchema.safeParse({ applicationId: "app_x", version: "1", message: "" }).error?.issues[0]?.message).toBe("answerRequired");
    });
  });

  describe("another family and staff", () => {
    it("a second family gets NOT_FOUND for everything and changes nothing", async () => {
      const owner = await createFamily(db);
      const stranger = await createFamily(db);
      const withdrawable = await createApplication(db, owner.familyId, "INFORMATION_REQUESTED");
      const rejected = await createApplication(db, owner.familyId, "REJECTED", { measure: "SOCIAL_JOBS" });
      const before = [await snapshotOf(db, withdrawable), await snapshotOf(db, rejected)];
      const notFound = new AppError("NOT_FOUND");
      await expect(getOwnApplication(stranger.actor, withdrawable.id)).rejects.toEqual(notFound);
      await expect(withdrawApplication(stranger.actor, { applicationId: withdrawable.id, version: withdrawable.version })).rejects.toEqual(notFound);
      await expect(answerInformationRequest(stranger.actor, { applicationId: withdrawable.id, version: withdrawable.version, message: "Чужой ответ" })).rejects.toEqual(notFound);
      await expect(appealRejection(stranger.actor, { applicationId: rejected.id, version: rejected.version, reason: "Чужая жалоба" })).rejects.toEqual(notFound);
      expect((await listOwnApplications(stranger.actor)).map((row) => row.id)).not.toContain(withdrawable.id);
      expect([await snapshotOf(db, withdrawable), await snapshotOf(db, rejected)]).toEqual(before);
    });

    it("an unknown id is NOT_FOUND too", async () => {
      const family = await createFamily(db);
      await expect(withdrawApplication(family.actor, { applicationId: "app_does_not_exist", version: 0 })).rejects.toEqual(new AppError("NOT_FOUND"));
    });

    it("staff cannot act as the family", async () => {
      const owner = await createFamily(db);
      const application = await createApplication(db, owner.familyId, "IN_REVIEW");
      const caseworker = await createStaffUser(db, { role: "CASEWORKER", district: "ALMALY" });
      const actor = { id: caseworker.id, role: caseworker.role, district: caseworker.district ?? null };
      await expect(withdrawApplication(actor, { applicationId: application.id, version: application.version })).rejects.toEqual(new AppError("FORBIDDEN"));
    });
  });

  describe("what the family sees", () => {
    it("internal notes never reach the family's view of an application", async () => {
      const family = await createFamily(db);
      const application = await createApplication(db, family.familyId, "INFORMATION_REQUESTED");
      const view = await getOwnApplication(family.actor, application.id);
      expect(view.timeline.map((event) => event.type)).toEqual(["SUBMITTED", "INFORMATION_REQUESTED"]);
      expect(JSON.stringify(view)).not.toContain(INTERNAL_NOTE);
      expect(JSON.stringify(view)).not.toContain("isInternal");
      expect(view.informationRequest).toMatchObject({ message: "Приложите справку о составе семьи.", canAnswer: true });
      expect(view.can).toEqual({ withdraw: true, appeal: false });
    });

    it("lists the family's applications newest first", async () => {
      const family = await createFamily(db);
      const older = await createApplication(db, family.familyId, "SUBMITTED", { measure: "SOCIAL_JOBS" });
      const newer = await createApplication(db, family.familyId, "REJECTED", { measure: "RETRAINING_COURSES" });
      const list = await listOwnApplications(family.actor);
      expect(list.map((row) => row.id)).toEqual([newer.id, older.id]);
      expect(list[0]).toMatchObject({ reference: newer.reference, measure: "RETRAINING_COURSES", status: "REJECTED", childFirstName: null });
    });
  });
});
