// What a final approval pays: the entitlement schedule from lib/entitlements on the
// decision date, the amount (the application's, lower if the caseworker says so, never
// above what the engine allows today), and the housing certificate issued exactly once.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { approveApplication } from "@/lib/review/approve-application";
import { confirmApproval } from "@/lib/review/confirm-approval";
import { createReviewApplication, createReviewFamily, createStaff, snapshotOf } from "./review-fixtures";

let caseworker: Actor;
let supervisor: Actor;
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

describe("entitlements created by the final approval", () => {
  beforeAll(async () => {
    process.env.APP_DATA_DIR = mkdtempSync(join(tmpdir(), "bakytty-review-outbox-"));
    caseworker = await createStaff("CASEWORKER", "ALMALY");
    supervisor = await createStaff("SUPERVISOR");
  });
  afterAll(() => db.$disconnect());

  it("a scholarship approved in November pays monthly from December to the end of May, to the family", async () => {
    const family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "SCHOLARSHIP", memberId: family.pupilId, amountTenge: 5_000 });
    const now = new Date("2026-11-20T06:00:00Z");
    await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined }, now);
    const entitlement = await db.entitlement.findFirstOrThrow({ where: { applicationId: application.id } });
    expect({ period: entitlement.period, startsOn: day(entitlement.startsOn), endsOn: day(entitlement.endsOn), amount: entitlement.amountTenge, memberId: entitlement.memberId }).toEqual({
      period: "MONTH", startsOn: "2026-12-01", endsOn: "2027-05-31", amount: 5_000, memberId: family.pupilId,
    });
    expect(entitlement.payee).not.toContain("Отбасы банк");
    const decision = await db.decision.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(decision.amountTenge).toBe(5_000);
  });

  it("home-schooling approved in June starts paying in September", async () => {
    const family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "HOME_SCHOOLING_REIMBURSEMENT", memberId: family.pupilId, amountTenge: 15_000 });
    await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined }, new Date("2027-06-15T06:00:00Z"));
    const entitlement = await db.entitlement.findFirstOrThrow({ where: { applicationId: application.id } });
    expect([day(entitlement.startsOn), day(entitlement.endsOn)]).toEqual(["2027-09-01", "2028-05-31"]);
  });

  it("utilities compensation pays twelve months from the next month", async () => {
    const family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "UTILITIES_COMPENSATION", amountTenge: 5_000 });
    const result = await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined }, new Date("2026-11-26T06:00:00Z"));
    expect(result.final).toBe(true);
    const entitlement = await db.entitlement.findFirstOrThrow({ where: { applicationId: application.id } });
    expect([entitlement.period, day(entitlement.startsOn), day(entitlement.endsOn)]).toEqual(["MONTH", "2026-12-01", "2027-11-30"]);
  });

  it("one-time assistance: once, at a lower amount the caseworker sets", async () => {
    const family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { amountTenge: 150_000 });
    await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: 120_000 });
    const entitlement = await db.entitlement.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(entitlement).toMatchObject({ period: "ONCE", amountTenge: 120_000 });
    expect(day(entitlement.startsOn)).toBe(day(entitlement.endsOn));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "application.approve", entityId: application.id } });
    expect(audit).toMatchObject({ actorId: caseworker.id, before: { status: "IN_REVIEW" }, after: { status: "APPROVED", amountTenge: 120_000 } });
  });

  it.each([
    ["higher than at submission", 150_000, 160_000, "amountTenge:amountAboveRequested"],
    ["above what the engine allows today (the assistance cap)", 900_000, 300_000, "amountTenge:amountAboveToday"],
  ] as const)("refuses a set amount %s, and nothing changes", async (_label, requested, chosen, detail) => {
    const family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { amountTenge: requested });
    const before = await snapshotOf(application.id);
    await expect(approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: chosen })).rejects.toMatchObject({ code: "INVALID_INPUT", detail });
    expect(await snapshotOf(application.id)).toEqual(before);
  });

  it("asks for an amount when the application has none", async () => {
    const family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "DOWN_PAYMENT_SUBSIDY", amountTenge: null });
    await expect(approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined })).rejects.toMatchObject({ code: "INVALID_INPUT", detail: "amountTenge:amountRequired" });
    // The down payment the engine works out today (10 % of 12,000,000) bounds what may be set.
    await expect(approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: 1_300_000 })).rejects.toMatchObject({ code: "INVALID_INPUT", detail: "amountTenge:amountAboveToday" });
    const first = await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: 1_200_000 });
    expect(first.final).toBe(false);
    expect((await db.decision.findFirstOrThrow({ where: { applicationId: application.id } })).amountTenge).toBe(1_200_000);
  });

  it("when the family no longer qualifies today, the amount at submission may still be approved, but no amount can be set above it", async () => {
    const family = await createReviewFamily("ALMALY");
    await db.family.update({ where: { id: family.familyId }, data: { difficultLifeSituation: null } });
    const application = await createReviewApplication(family, "IN_REVIEW", { amountTenge: 100_000 });
    await expect(approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: 120_000 })).rejects.toMatchObject({ code: "INVALID_INPUT", detail: "amountTenge:amountAboveRequested" });
    await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined });
    expect((await db.entitlement.findFirstOrThrow({ where: { applicationId: application.id } })).amountTenge).toBe(100_000);
  });

  it("measures without money (kindergarten, courses, jobs, counselling) create no entitlement and take no amount", async () => {
    const family = await createReviewFamily("ALMALY");
    for (const measure of ["RETRAINING_COURSES", "SOCIAL_JOBS", "MOTHERS_CENTER"] as const) {
      const application = await createReviewApplication(family, "IN_REVIEW", { measure, amountTenge: null });
      await expect(approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: 1_000 })).rejects.toMatchObject({ code: "INVALID_INPUT", detail: "amountTenge:amountNotApplicable" });
      const result = await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined });
      expect(result).toMatchObject({ status: "APPROVED", final: true, certificateNumber: null });
      expect(await db.entitlement.count({ where: { applicationId: application.id } })).toBe(0);
    }
  });

  it("the housing certificate is issued once, on the final approval, to the bank named in the answers", async () => {
    const family = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "HOUSING_CERTIFICATE", amountTenge: 1_000_000 });
    await db.application.update({ where: { id: application.id }, data: { answers: { lender: "АО «Халык Банк»" } } });
    const first = await approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined });
    expect(await db.housingCertificate.count({ where: { applicationId: application.id } })).toBe(0);
    const now = new Date("2026-11-26T06:00:00Z");
    await confirmApproval(supervisor, { applicationId: application.id, version: first.version }, now);
    const certificate = await db.housingCertificate.findUniqueOrThrow({ where: { applicationId: application.id } });
    expect(certificate.amountTenge).toBe(1_000_000);
    // Six months (HOUSING_CERTIFICATE_VALIDITY_MONTHS), through the day before.
    expect(day(certificate.validUntil)).toBe("2027-05-25");
    const entitlement = await db.entitlement.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(entitlement).toMatchObject({ period: "ONCE", payee: "АО «Халык Банк»", amountTenge: 1_000_000 });
    await expect(confirmApproval(supervisor, { applicationId: application.id, version: first.version + 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.housingCertificate.count({ where: { applicationId: application.id } })).toBe(1);
  });
});
