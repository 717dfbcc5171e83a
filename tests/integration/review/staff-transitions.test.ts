// Every staff action from every status: allowed where the status machine and the approval
// rules say so (with its timeline event, audit entry before/after and the family's notice),
// refused with CONFLICT elsewhere, and then nothing changes.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { deadlineAfterPause } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { addInternalNote } from "@/lib/review/add-internal-note";
import { approveApplication } from "@/lib/review/approve-application";
import { rejectApplication } from "@/lib/review/reject-application";
import { requestInformation } from "@/lib/review/request-information";
import { respondByBounds } from "@/lib/review/respond-by";
import { resumeReview } from "@/lib/review/resume-review";
import { startReview } from "@/lib/review/start-review";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { createReviewApplication, createReviewFamily, createStaff, snapshotOf, type ReviewFamily } from "./review-fixtures";

const STATUSES: ApplicationStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN", "APPEALED"];

type Run = (actor: Actor, application: { id: string; version: number }) => Promise<unknown>;
const ACTIONS: Record<string, { allowedFrom: ApplicationStatus[]; run: Run }> = {
  startReview: { allowedFrom: ["SUBMITTED", "APPEALED"], run: (actor, a) => startReview(actor, { applicationId: a.id, version: a.version }) },
  approve: { allowedFrom: ["IN_REVIEW"], run: (actor, a) => approveApplication(actor, { applicationId: a.id, version: a.version, amountTenge: undefined }) },
  reject: {
    allowedFrom: ["IN_REVIEW", "INFORMATION_REQUESTED"],
    run: (actor, a) => rejectApplication(actor, { applicationId: a.id, version: a.version, reasonCode: "DOCUMENTS_INCOMPLETE", explanation: "Нет справки о доходах." }),
  },
  requestInformation: {
    allowedFrom: ["IN_REVIEW"],
    run: (actor, a) => requestInformation(actor, { applicationId: a.id, version: a.version, requestMessage: "Приложите справку.", respondBy: respondByBounds(new Date()).latest }),
  },
  resumeReview: { allowedFrom: ["INFORMATION_REQUESTED"], run: (actor, a) => resumeReview(actor, { applicationId: a.id, version: a.version }) },
  addNote: { allowedFrom: STATUSES.filter((status) => status !== "DRAFT"), run: (actor, a) => addInternalNote(actor, { applicationId: a.id, version: a.version, note: "Проверено." }) },
};

let caseworker: Actor;

describe("staff actions through the status machine", () => {
  beforeAll(async () => {
    process.env.APP_DATA_DIR = mkdtempSync(join(tmpdir(), "bakytty-review-outbox-"));
    caseworker = await createStaff("CASEWORKER", "ALMALY");
  });
  afterAll(() => db.$disconnect());

  const cases = Object.entries(ACTIONS).flatMap(([name, action]) => STATUSES.map((status) => ({ name, status, allowed: action.allowedFrom.includes(status), run: action.run })));

  it.each(cases.filter((entry) => !entry.allowed))("$name is refused from $status and nothing changes", async ({ status, run }) => {
    const family = await createReviewFamily();
    const application = await createReviewApplication(family, status);
    const before = await snapshotOf(application.id);
    await expect(run(caseworker, application)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshotOf(application.id)).toEqual(before);
  });

  it.each(cases.filter((entry) => entry.allowed))("$name is allowed from $status, with timeline and audit", async ({ status, run }) => {
    const family = await createReviewFamily();
    const application = await createReviewApplication(family, status);
    await run(caseworker, application);
    const stored = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { version: true } });
    expect(stored.version).toBe(application.version + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: application.id, actorId: caseworker.id }, orderBy: { id: "desc" } });
    expect(audit.actorRole).toBe("CASEWORKER");
    expect(audit.before).toMatchObject({ status, version: application.version });
    expect(audit.after).toMatchObject({ version: application.version + 1 });
  });

  describe("what each change writes", () => {
    let family: ReviewFamily;
    beforeAll(async () => {
      family = await createReviewFamily();
    });

    it("start review: IN_REVIEW, assigned to the actor when unassigned, the family told", async () => {
      const application = await createReviewApplication(family, "SUBMITTED", { measure: "RETRAINING_COURSES", amountTenge: null });
      const result = await startReview(caseworker, { applicationId: application.id, version: application.version });
      expect(result).toEqual({ id: application.id, status: "IN_REVIEW", version: application.version + 1 });
      expect(await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true, assigneeId: true } })).toEqual({ status: "IN_REVIEW", assigneeId: caseworker.id });
      const events = await db.timelineEvent.findMany({ where: { applicationId: application.id, actorId: caseworker.id }, select: { type: true, fromStatus: true, toStatus: true } });
      expect(events).toEqual(expect.arrayContaining([{ type: "ASSIGNED", fromStatus: null, toStatus: null }, { type: "REVIEW_STARTED", fromStatus: "SUBMITTED", toStatus: "IN_REVIEW" }]));
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "application.start-review", entityId: application.id } });
      expect(audit).toMatchObject({ actorId: caseworker.id, before: { status: "SUBMITTED", assigneeId: null }, after: { status: "IN_REVIEW", assigneeId: caseworker.id } });
      const notice = await db.notification.findFirstOrThrow({ where: { userId: family.citizen.id, template: "application.status-changed", params: { path: ["reference"], equals: application.reference } } });
      expect(notice.params).toMatchObject({ status: "IN_REVIEW", measure: "RETRAINING_COURSES" });
    });

    it("start review keeps an existing assignee", async () => {
      const colleague = await createStaff("CASEWORKER", "ALMALY");
      const application = await createReviewApplication(family, "APPEALED", { measure: "SOCIAL_JOBS", amountTenge: null });
      await db.application.update({ where: { id: application.id }, data: { assigneeId: colleague.id } });
      await startReview(caseworker, { applicationId: application.id, version: application.version });
      expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).assigneeId).toBe(colleague.id);
    });

    it("reject: REJECTED, a decision with the reason code and explanation, the family told", async () => {
      const application = await createReviewApplication(family, "IN_REVIEW", { measure: "MOTHERS_CENTER", amountTenge: null });
      await rejectApplication(caseworker, { applicationId: application.id, version: application.version, reasonCode: "SITUATION_NOT_CONFIRMED", explanation: "Ситуация не подтверждена." });
      const decision = await db.decision.findFirstOrThrow({ where: { applicationId: application.id } });
      expect(decision).toMatchObject({ outcome: "REJECTED", reasonCode: "SITUATION_NOT_CONFIRMED", explanation: "Ситуация не подтверждена.", decidedById: caseworker.id });
      const stored = await db.application.findUniqueOrThrow({ where: { id: application.id } });
      expect(stored.status).toBe("REJECTED");
      expect(stored.decidedAt).not.toBeNull();
      const event = await db.timelineEvent.findFirstOrThrow({ where: { applicationId: application.id, type: "REJECTED" } });
      expect(event).toMatchObject({ isInternal: false, message: "Ситуация не подтверждена.", toStatus: "REJECTED" });
    });

    it("request information: the deadline the family answers by, at the end of the chosen day in Almaty", async () => {
      const application = await createReviewApplication(family, "IN_REVIEW", { measure: "FREE_KINDERGARTEN", amountTenge: null, memberId: family.pupilId });
      const { latest } = respondByBounds(new Date());
      await requestInformation(caseworker, { applicationId: application.id, version: application.version, requestMessage: "Приложите справку о составе семьи.", respondBy: latest });
      const event = await db.timelineEvent.findFirstOrThrow({ where: { applicationId: application.id, type: "INFORMATION_REQUESTED" } });
      expect(event.respondBy?.toISOString()).toBe(new Date(`${latest}T23:59:59.999+05:00`).toISOString());
      expect(event.isInternal).toBe(false);
      expect(await db.notification.count({ where: { userId: family.citizen.id, template: "application.information-requested", params: { path: ["reference"], equals: application.reference } } })).toBeGreaterThan(0);
    });

    it.each([
      ["too soon (today)", () => dateInAlmaty(new Date()), "respondBy:respondByTooSoon"],
      ["too late (31 days)", () => new Date(Date.now() + 32 * 86_400_000).toISOString().slice(0, 10), "respondBy:respondByTooLate"],
      ["not a day", () => "2026-02-30", "respondBy:respondByInvalid"],
    ])("request information refuses a deadline %s", async (_label, day, detail) => {
      const application = await createReviewApplication(family, "IN_REVIEW", { measure: "UTILITIES_COMPENSATION" });
      const before = await snapshotOf(application.id);
      await expect(
        requestInformation(caseworker, { applicationId: application.id, version: application.version, requestMessage: "Вопрос", respondBy: day() }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", detail });
      expect(await snapshotOf(application.id)).toEqual(before);
      await db.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN" } });
    });

    it("resume review: back to IN_REVIEW, the deadline moved by the working days of the pause", async () => {
      const requestedAt = new Date(Date.now() - 7 * 86_400_000);
      const application = await createReviewApplication(family, "INFORMATION_REQUESTED", { measure: "HOME_SCHOOLING_REIMBURSEMENT", memberId: family.pupilId, requestedAt });
      const now = new Date();
      await resumeReview(caseworker, { applicationId: application.id, version: application.version }, now);
      const stored = await db.application.findUniqueOrThrow({ where: { id: application.id } });
      expect(stored.status).toBe("IN_REVIEW");
      expect(stored.dueAt?.toISOString()).toBe(deadlineAfterPause(application.dueAt as Date, requestedAt, now).toISOString());
      expect(stored.dueAt!.getTime()).toBeGreaterThan(application.dueAt!.getTime());
      expect(await db.timelineEvent.count({ where: { applicationId: application.id, type: "REVIEW_RESUMED", toStatus: "IN_REVIEW" } })).toBe(1);
    });

    it("an internal note is a staff-only NOTE event and changes no status", async () => {
      const application = await createReviewApplication(family, "IN_REVIEW", { measure: "SCHOLARSHIP", memberId: family.pupilId });
      await addInternalNote(caseworker, { applicationId: application.id, version: application.version, note: "Позвонить в школу." });
      const note = await db.timelineEvent.findFirstOrThrow({ where: { applicationId: application.id, message: "Позвонить в школу." } });
      expect(note).toMatchObject({ type: "NOTE", isInternal: true, actorId: caseworker.id });
      expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("IN_REVIEW");
      // The same form sent twice (the same version) adds the note once.
      await expect(addInternalNote(caseworker, { applicationId: application.id, version: application.version, note: "Позвонить в школу." })).rejects.toMatchObject({ code: "CONFLICT", detail: "version" });
      expect(await db.timelineEvent.count({ where: { applicationId: application.id, message: "Позвонить в школу." } })).toBe(1);
    });
  });
});
