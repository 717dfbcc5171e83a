// Who may see the review page and act: a caseworker of the family's district, supervisors
// (and, read-only, administrators). A caseworker of another district and a citizen get
// NOT_FOUND for the page and every action, exactly as for an unknown application. The
// page's data: masked IINs, the verdict then and now, duplicates, the full timeline.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnApplication } from "@/lib/applications/family-actions/get-own-application";
import { REJECTION_REASON_CODES } from "@/lib/applications/reason-codes";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { evaluateStoredFamily } from "@/lib/applications/drafts/family-verdict";
import { FAMILY_SNAPSHOT_SELECT } from "@/lib/families/family-snapshot";
import { addInternalNote } from "@/lib/review/add-internal-note";
import { approveApplication } from "@/lib/review/approve-application";
import { confirmApproval } from "@/lib/review/confirm-approval";
import { getApplicationReview } from "@/lib/review/get-application-review";
import { rejectApplication } from "@/lib/review/reject-application";
import { requestInformation } from "@/lib/review/request-information";
import { respondByBounds } from "@/lib/review/respond-by";
import { resumeReview } from "@/lib/review/resume-review";
import { returnApproval } from "@/lib/review/return-approval";
import { startReview } from "@/lib/review/start-review";
import type { Prisma } from "@/prisma/generated/client";
import { REJECTION_EXPLANATIONS } from "@/prisma/seed/factories";
import { createReviewApplication, createReviewFamily, createStaff, INTERNAL_NOTE_TEXT, snapshotOf, type ReviewFamily } from "./review-fixtures";

let family: ReviewFamily;
let outsider: Actor;

function everyAction(actor: Actor, application: { id: string; version: number }) {
  const base = { applicationId: application.id, version: application.version };
  return [
    startReview(actor, base),
    approveApplication(actor, { ...base, amountTenge: undefined }),
    confirmApproval(actor, base),
    returnApproval(actor, { ...base, returnReason: "x" }),
    rejectApplication(actor, { ...base, reasonCode: "OWNS_HOME", explanation: "x" }),
    requestInformation(actor, { ...base, requestMessage: "x", respondBy: respondByBounds(new Date()).latest }),
    resumeReview(actor, base),
    addInternalNote(actor, { ...base, note: "x" }),
  ];
}

describe("reach of the review page and actions", () => {
  beforeAll(async () => {
    process.env.APP_DATA_DIR = mkdtempSync(join(tmpdir(), "bakytty-review-outbox-"));
    family = await createReviewFamily("ALMALY");
    outsider = await createStaff("CASEWORKER", "TURKSIB");
  });
  afterAll(() => db.$disconnect());

  it.each(["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED"] as const)("a caseworker of another district and a citizen are refused the page and every action on a %s application (NOT_FOUND), and nothing changes", async (status) => {
    const own = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(own, status, { measure: "SCHOLARSHIP", memberId: own.pupilId, amountTenge: 5_000 });
    const before = await snapshotOf(application.id);
    for (const actor of [outsider, own.citizen, family.citizen]) {
      await expect(getApplicationReview(actor, application.id, "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
      const results = await Promise.allSettled(everyAction(actor, application));
      for (const result of results) expect(result).toMatchObject({ status: "rejected", reason: { code: "NOT_FOUND" } });
    }
    expect(await snapshotOf(application.id)).toEqual(before);
  });

  it("an administrator may read the page but not act", async () => {
    const admin = await createStaff("ADMIN");
    const application = await createReviewApplication(family, "SUBMITTED", { measure: "SOCIAL_JOBS", amountTenge: null });
    const page = await getApplicationReview(admin, application.id, "en");
    expect(page.actions.allowed).toEqual([]);
    await expect(startReview(admin, { applicationId: application.id, version: application.version })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the page shows masked IINs, the whole timeline with internal notes marked, and the actions allowed now", async () => {
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const application = await createReviewApplication(family, "SUBMITTED", { measure: "UTILITIES_COMPENSATION", amountTenge: 5_000 });
    const page = await getApplicationReview(caseworker, application.id, "ru");
    expect(page.actions.allowed).toEqual(["startReview", "addNote"]);
    const text = JSON.stringify(page);
    expect(text).not.toContain(family.applicantIin);
    expect(page.family.members.every((member) => /^•{8}\d{4}$/.test(member.iinMasked))).toBe(true);
    expect(page.timeline.find((event) => event.message === INTERNAL_NOTE_TEXT)).toMatchObject({ isInternal: true, type: "NOTE" });
    expect(page.verdict.today.outcome).toBe("eligible");
  });

  it("internal notes never reach the family's own view of the application", async () => {
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "MOTHERS_CENTER", amountTenge: null });
    await addInternalNote(caseworker, { applicationId: application.id, version: application.version, note: "Не для семьи: проверить адрес." });
    const own = await getOwnApplication(family.citizen, application.id);
    const text = JSON.stringify(own);
    expect(text).not.toContain("Не для семьи");
    expect(text).not.toContain(INTERNAL_NOTE_TEXT);
    expect(own.timeline.some((event) => event.type === "NOTE")).toBe(false);
  });

  it("the verdict at submission is written again in the reader's language, and differences since are marked", async () => {
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const subject = await createReviewFamily("ALMALY");
    const stored = await db.family.findUniqueOrThrow({ where: { id: subject.familyId }, select: FAMILY_SNAPSHOT_SELECT });
    // Kept as submission does: the engine's Kazakh response, with the ids of the members.
    const verdict = await evaluateStoredFamily(stored, { now: new Date() });
    const application = await createReviewApplication(subject, "IN_REVIEW", { measure: "SCHOLARSHIP", memberId: subject.pupilId, amountTenge: 5_000 });
    await db.application.update({ where: { id: application.id }, data: { verdictAtSubmission: verdict as unknown as Prisma.InputJsonValue } });

    const unchanged = await getApplicationReview(caseworker, application.id, "en");
    expect(unchanged.verdict.atSubmission?.reasons.every((reason) => reason.language === null)).toBe(true);
    expect(unchanged.verdict.atSubmission?.reasons.map((reason) => reason.text)).toEqual(unchanged.verdict.today.reasons.map((reason) => reason.text));
    expect(unchanged.verdict.outcomeChanged).toBe(false);
    expect(unchanged.verdict.today.reasons.every((reason) => reason.change === "same")).toBe(true);

    // The family's income rises above the poverty line after submission.
    await db.familyMember.updateMany({ where: { familyId: subject.familyId, role: "PARENT" }, data: { monthlyIncomeTenge: 900_000 } });
    const changed = await getApplicationReview(caseworker, application.id, "en");
    expect(changed.verdict.outcomeChanged).toBe(true);
    expect(changed.verdict.amountChanged).toBe(true);
    expect(changed.verdict.today.reasons.some((reason) => reason.change === "changed" && !reason.passed)).toBe(true);
    expect(changed.verdict.atSubmission?.reasons[0]?.text).toMatch(/^Income per family member/);
  });

  it("warns of the same family applying twice and the same child in another family's application", async () => {
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const first = await createReviewFamily("ALMALY");
    const application = await createReviewApplication(first, "SUBMITTED", { measure: "SCHOLARSHIP", memberId: first.pupilId, amountTenge: 5_000 });
    const approvedBefore = await createReviewApplication(first, "APPROVED", { measure: "SCHOLARSHIP", memberId: first.pupilId, amountTenge: 5_000 });
    const pupil = await db.familyMember.findUniqueOrThrow({ where: { id: first.pupilId } });
    const other = await createReviewFamily("BOSTANDYK");
    await db.familyMember.update({ where: { id: other.pupilId }, data: { fullName: pupil.fullName.toUpperCase(), birthDate: pupil.birthDate } });
    const elsewhere = await createReviewApplication(other, "IN_REVIEW", { measure: "SCHOLARSHIP", memberId: other.pupilId, amountTenge: 5_000 });

    const page = await getApplicationReview(caseworker, application.id, "en");
    expect(page.duplicates).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: "sameFamily", applicationId: approvedBefore.id, canOpen: true }),
      expect.objectContaining({ kind: "otherFamily", applicationId: elsewhere.id, district: "BOSTANDYK", canOpen: false }),
    ]));
  });

  it("the reason codes are the seed's", () => {
    expect([...REJECTION_REASON_CODES].sort()).toEqual(Object.keys(REJECTION_EXPLANATIONS).sort());
  });
});
