// Two people for large money: the first approval leaves the application in review, only a
// supervisor other than the first approver confirms it (or returns it), and the database
// refuses what the rules refuse should a race get past them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { approveApplication } from "@/lib/review/approve-application";
import { confirmApproval } from "@/lib/review/confirm-approval";
import { databaseRefusal } from "@/lib/review/database-refusal";
import { rejectApplication } from "@/lib/review/reject-application";
import { returnApproval } from "@/lib/review/return-approval";
import { createReviewApplication, createReviewFamily, createStaff, snapshotOf, type ReviewFamily } from "./review-fixtures";

let family: ReviewFamily;
let caseworker: Actor;
let supervisor: Actor;
let otherSupervisor: Actor;

async function approvedFirst(measure: "HOUSING_CERTIFICATE" | "DOWN_PAYMENT_SUBSIDY" | "PREFERENTIAL_MORTGAGE", by: Actor = caseworker) {
  const amountTenge = measure === "HOUSING_CERTIFICATE" ? 1_000_000 : measure === "DOWN_PAYMENT_SUBSIDY" ? 1_200_000 : 10_800_000;
  // One open application per family and measure: each case gets its own family.
  family = await createReviewFamily("ALMALY");
  const application = await createReviewApplication(family, "IN_REVIEW", { measure, amountTenge });
  const first = await approveApplication(by, { applicationId: application.id, version: application.version, amountTenge: undefined });
  return { application, first };
}

describe("four eyes on large sums", () => {
  beforeAll(async () => {
    process.env.APP_DATA_DIR = mkdtempSync(join(tmpdir(), "bakytty-review-outbox-"));
    family = await createReviewFamily("ALMALY");
    caseworker = await createStaff("CASEWORKER", "ALMALY");
    supervisor = await createStaff("SUPERVISOR");
    otherSupervisor = await createStaff("SUPERVISOR");
  });
  afterAll(() => db.$disconnect());

  it.each(["HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY", "PREFERENTIAL_MORTGAGE"] as const)("the first approval of %s waits: still IN_REVIEW, an internal event, no money, the family not told", async (measure) => {
    const { application, first } = await approvedFirst(measure);
    expect(first).toMatchObject({ status: "IN_REVIEW", final: false, version: application.version + 1 });
    const stored = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "IN_REVIEW", decidedAt: null });
    const decision = await db.decision.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(decision).toMatchObject({ outcome: "APPROVED", requiresSecondApproval: true, decidedById: caseworker.id, secondApproverId: null, secondApprovedAt: null });
    const event = await db.timelineEvent.findFirstOrThrow({ where: { applicationId: application.id, type: "APPROVED" } });
    expect(event).toMatchObject({ isInternal: true, toStatus: null, actorId: caseworker.id });
    expect(await db.entitlement.count({ where: { applicationId: application.id } })).toBe(0);
    expect(await db.housingCertificate.count({ where: { applicationId: application.id } })).toBe(0);
    expect(await db.notification.count({ where: { params: { path: ["reference"], equals: application.reference } } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "application.approve-first", entityId: application.id } });
    expect(audit.after).toMatchObject({ status: "IN_REVIEW", awaitingSecondApproval: true });
  });

  it("the first approver cannot confirm (nor return) their own approval", async () => {
    const { application, first } = await approvedFirst("HOUSING_CERTIFICATE", supervisor);
    const before = await snapshotOf(application.id);
    await expect(confirmApproval(supervisor, { applicationId: application.id, version: first.version })).rejects.toMatchObject({ code: "CONFLICT", detail: "firstApproverCannotConfirm" });
    await expect(returnApproval(supervisor, { applicationId: application.id, version: first.version, returnReason: "x" })).rejects.toMatchObject({ code: "CONFLICT", detail: "firstApproverCannotConfirm" });
    expect(await snapshotOf(application.id)).toEqual(before);
  });

  it("a caseworker cannot confirm a second approval", async () => {
    const colleague = await createStaff("CASEWORKER", "ALMALY");
    const { application, first } = await approvedFirst("DOWN_PAYMENT_SUBSIDY");
    await expect(confirmApproval(colleague, { applicationId: application.id, version: first.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("IN_REVIEW");
  });

  it("while an approval waits, no second approval, rejection or request can be made", async () => {
    const { application, first } = await approvedFirst("PREFERENTIAL_MORTGAGE");
    await expect(approveApplication(supervisor, { applicationId: application.id, version: first.version, amountTenge: undefined })).rejects.toMatchObject({ code: "CONFLICT", detail: "awaitingSecondApproval" });
    await expect(rejectApplication(caseworker, { applicationId: application.id, version: first.version, reasonCode: "OWNS_HOME", explanation: "x" })).rejects.toMatchObject({ code: "CONFLICT", detail: "awaitingSecondApproval" });
    expect(await db.decision.count({ where: { applicationId: application.id } })).toBe(1);
  });

  it("two different people: a supervisor confirms, the application is APPROVED with its certificate and payment", async () => {
    const { application, first } = await approvedFirst("HOUSING_CERTIFICATE");
    const result = await confirmApproval(supervisor, { applicationId: application.id, version: first.version });
    expect(result).toMatchObject({ status: "APPROVED", version: application.version + 2 });
    expect(result.certificateNumber).toMatch(/^HC-\d{4}-\d{6}$/);
    const stored = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe("APPROVED");
    expect(stored.decidedAt).not.toBeNull();
    const decision = await db.decision.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(decision).toMatchObject({ decidedById: caseworker.id, secondApproverId: supervisor.id, requiresSecondApproval: true, amountTenge: 1_000_000 });
    expect(decision.secondApprovedAt).not.toBeNull();
    const certificates = await db.housingCertificate.findMany({ where: { applicationId: application.id } });
    expect(certificates).toHaveLength(1);
    expect(certificates[0]?.amountTenge).toBe(1_000_000);
    const entitlements = await db.entitlement.findMany({ where: { applicationId: application.id } });
    expect(entitlements).toHaveLength(1);
    expect(entitlements[0]).toMatchObject({ period: "ONCE", amountTenge: 1_000_000, payee: "АО «Отбасы банк» — на первоначальный взнос" });
    expect(await db.timelineEvent.count({ where: { applicationId: application.id, type: "SECOND_APPROVAL", toStatus: "APPROVED", isInternal: false } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "application.approve-second", entityId: application.id } });
    expect(audit).toMatchObject({ actorId: supervisor.id, before: { status: "IN_REVIEW", firstApproverId: caseworker.id }, after: { status: "APPROVED" } });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: family.citizen.id, params: { path: ["reference"], equals: application.reference } } });
    expect(notice.params).toMatchObject({ status: "APPROVED" });

    // Confirming again (a second click, or a colleague with the old page) changes nothing.
    await expect(confirmApproval(otherSupervisor, { applicationId: application.id, version: first.version })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(confirmApproval(otherSupervisor, { applicationId: application.id, version: result.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.housingCertificate.count({ where: { applicationId: application.id } })).toBe(1);
    expect(await db.entitlement.count({ where: { applicationId: application.id } })).toBe(1);
  });

  it("a supervisor returns the approval with a reason; the caseworker may then approve again", async () => {
    const { application, first } = await approvedFirst("DOWN_PAYMENT_SUBSIDY");
    const returned = await returnApproval(otherSupervisor, { applicationId: application.id, version: first.version, returnReason: "Сумма не подтверждена договором." });
    const decision = await db.decision.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(decision).toMatchObject({ returnedById: otherSupervisor.id, returnReason: "Сумма не подтверждена договором.", secondApprovedAt: null });
    expect(decision.returnedAt).not.toBeNull();
    expect(await db.timelineEvent.count({ where: { applicationId: application.id, type: "SECOND_APPROVAL_RETURNED", isInternal: true } })).toBe(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("IN_REVIEW");
    expect(await db.notification.count({ where: { params: { path: ["reference"], equals: application.reference } } })).toBe(0);

    const again = await approveApplication(caseworker, { applicationId: application.id, version: returned.version, amountTenge: 1_000_000 });
    expect(again.final).toBe(false);
    await confirmApproval(supervisor, { applicationId: application.id, version: again.version });
    const entitlement = await db.entitlement.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(entitlement.amountTenge).toBe(1_000_000);
  });

  it("the database itself refuses a second approver equal to the first, and two pending approvals", async () => {
    family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "PREFERENTIAL_MORTGAGE", amountTenge: 10_800_000 });
    const pending = { applicationId: application.id, outcome: "APPROVED" as const, decidedById: caseworker.id, requiresSecondApproval: true };
    const sameApprover = await db.decision.create({ data: { ...pending, secondApproverId: caseworker.id } }).catch((error: unknown) => error);
    expect(databaseRefusal(sameApprover)).toMatchObject({ code: "CONFLICT", detail: "firstApproverCannotConfirm" });
    await db.decision.create({ data: pending });
    const second = await db.decision.create({ data: pending }).catch((error: unknown) => error);
    expect(databaseRefusal(second)).toMatchObject({ code: "CONFLICT", detail: "version" });
  });
});
