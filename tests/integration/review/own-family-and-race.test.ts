// A caseworker never decides their own family's application (matched by IIN), and two
// people acting at once on one application: exactly one wins, the other is told it changed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addInternalNote } from "@/lib/review/add-internal-note";
import { approveApplication } from "@/lib/review/approve-application";
import { confirmApproval } from "@/lib/review/confirm-approval";
import { getApplicationReview } from "@/lib/review/get-application-review";
import { rejectApplication } from "@/lib/review/reject-application";
import { returnApproval } from "@/lib/review/return-approval";
import { startReview } from "@/lib/review/start-review";
import { createReviewApplication, createReviewFamily, createStaff, snapshotOf } from "./review-fixtures";

describe("own family", () => {
  beforeAll(() => {
    process.env.APP_DATA_DIR = mkdtempSync(join(tmpdir(), "bakytty-review-outbox-"));
  });
  afterAll(() => db.$disconnect());

  it("a caseworker whose IIN is a member's may review and note, but not approve or reject; the page says so and offers no decision", async () => {
    const family = await createReviewFamily("ALMALY");
    const relative = await createStaff("CASEWORKER", "ALMALY", family.otherMemberIin);
    const application = await createReviewApplication(family, "SUBMITTED");
    const started = await startReview(relative, { applicationId: application.id, version: application.version });
    const before = await snapshotOf(application.id);
    await expect(approveApplication(relative, { applicationId: application.id, version: started.version, amountTenge: undefined })).rejects.toMatchObject({ code: "CONFLICT", detail: "ownFamily" });
    await expect(rejectApplication(relative, { applicationId: application.id, version: started.version, reasonCode: "OWNS_HOME", explanation: "x" })).rejects.toMatchObject({ code: "CONFLICT", detail: "ownFamily" });
    expect(await snapshotOf(application.id)).toEqual(before);
    await addInternalNote(relative, { applicationId: application.id, version: started.version, note: "Передаю коллеге: это моя семья." });

    const page = await getApplicationReview(relative, application.id, "en");
    expect(page.application.isOwnFamily).toBe(true);
    expect(page.actions.allowed).not.toContain("approve");
    expect(page.actions.allowed).not.toContain("reject");
    expect(page.actions.blocks).toContain("ownFamily");
  });

  it("a supervisor who is the applicant cannot confirm or return a second approval of their family", async () => {
    const family = await createReviewFamily("ALMALY");
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "HOUSING_CERTIFICATE", amountTenge: 1_000_000 });
    const first = await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined });
    // The applicant's IIN belongs to the citizen account: the supervisor is a member instead.
    const supervisorRelative = await createStaff("SUPERVISOR", null, family.otherMemberIin);
    await expect(confirmApproval(supervisorRelative, { applicationId: application.id, version: first.version })).rejects.toMatchObject({ code: "CONFLICT", detail: "ownFamily" });
    await expect(returnApproval(supervisorRelative, { applicationId: application.id, version: first.version, returnReason: "x" })).rejects.toMatchObject({ code: "CONFLICT", detail: "ownFamily" });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("IN_REVIEW");
  });
});

describe("the concurrent decision race", () => {
  it("two approvals at once: one wins, the other gets CONFLICT; one decision, one set of entitlements", async () => {
    const family = await createReviewFamily("ALMALY");
    const [first, second] = [await createStaff("CASEWORKER", "ALMALY"), await createStaff("CASEWORKER", "ALMALY")];
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "SCHOLARSHIP", memberId: family.pupilId, amountTenge: 5_000 });
    const input = { applicationId: application.id, version: application.version, amountTenge: undefined };
    const results = await Promise.allSettled([approveApplication(first, input), approveApplication(second, input)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((result) => result.status === "rejected");
    expect(lost?.reason).toMatchObject({ code: "CONFLICT", detail: "version" });
    expect(await db.decision.count({ where: { applicationId: application.id } })).toBe(1);
    expect(await db.entitlement.count({ where: { applicationId: application.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "application.approve", entityId: application.id } })).toBe(1);
  });

  it("an approval and a rejection at once: exactly one decision, the application in the winner's status", async () => {
    const family = await createReviewFamily("ALMALY");
    const [first, second] = [await createStaff("CASEWORKER", "ALMALY"), await createStaff("SUPERVISOR")];
    const application = await createReviewApplication(family, "IN_REVIEW");
    const results = await Promise.allSettled([
      approveApplication(first, { applicationId: application.id, version: application.version, amountTenge: undefined }),
      rejectApplication(second, { applicationId: application.id, version: application.version, reasonCode: "SITUATION_NOT_CONFIRMED", explanation: "Не подтверждено." }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({ code: "CONFLICT" });
    const decisions = await db.decision.findMany({ where: { applicationId: application.id } });
    expect(decisions).toHaveLength(1);
    const status = (await db.application.findUniqueOrThrow({ where: { id: application.id } })).status;
    expect(status).toBe(decisions[0]?.outcome);
  });

  it("two first approvals of a large sum at once leave one pending approval", async () => {
    const family = await createReviewFamily("ALMALY");
    const [first, second] = [await createStaff("CASEWORKER", "ALMALY"), await createStaff("CASEWORKER", "ALMALY")];
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "DOWN_PAYMENT_SUBSIDY", amountTenge: 1_000_000 });
    const input = { applicationId: application.id, version: application.version, amountTenge: undefined };
    const results = await Promise.allSettled([approveApplication(first, input), approveApplication(second, input)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.decision.count({ where: { applicationId: application.id, requiresSecondApproval: true } })).toBe(1);
  });
});
