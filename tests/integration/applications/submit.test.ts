// Submitting: everything in one transaction (status, reference, verdict, deadline,
// timeline, audit, notification), nothing when anything fails, once under a double click.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraftStep } from "@/lib/applications/drafts/save-draft-step";
import { startDraft } from "@/lib/applications/drafts/start-draft";
import { submitApplication } from "@/lib/applications/drafts/submit-application";
import { APPLICATION_REFERENCE_PATTERN } from "@/lib/applications/reference";
import { db } from "@/lib/db/client";
import { eligibilityResponseSchema } from "@/lib/eligibility/schema";
import { TEST_NOW, createApplyTestFamily, recordAllConsents, useTemporaryOutbox, type ApplyTestFamily } from "./support/apply-test-family";

let outbox: string;

async function kindergartenDraft(family: ApplyTestFamily, memberIds: string[]): Promise<string> {
  const started = await startDraft(family.actor, "FREE_KINDERGARTEN");
  if (started.kind !== "draft") throw new Error("expected a draft");
  const saved = await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds }, { now: TEST_NOW });
  if (!saved.ok) throw new Error(saved.errorKey);
  return started.applicationId;
}

async function writtenFor(applicationIds: string[], userId: string) {
  return {
    submittedEvents: await db.timelineEvent.count({ where: { applicationId: { in: applicationIds }, type: "SUBMITTED" } }),
    audits: await db.auditLog.count({ where: { action: "application.submit", entityId: { in: applicationIds } } }),
    notifications: await db.notification.count({ where: { userId, template: "application.submitted" } }),
  };
}

describe("submitting an application", () => {
  beforeAll(() => {
    outbox = useTemporaryOutbox();
  });
  afterAll(() => db.$disconnect());

  it("is refused until every adult has consented, and nothing changes", async () => {
    const family = await createApplyTestFamily();
    const draftId = await kindergartenDraft(family, [family.memberIds.kindergartenYounger]);
    expect(await submitApplication(family.actor, draftId, { now: TEST_NOW })).toEqual({ kind: "consent-missing" });
    expect((await db.application.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");
  });

  it("sends the family back to an unanswered question", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const started = await startDraft(family.actor, "RETRAINING_COURSES");
    if (started.kind !== "draft") throw new Error("expected a draft");
    expect(await submitApplication(family.actor, started.applicationId, { now: TEST_NOW })).toEqual({ kind: "incomplete", step: "adult" });
  });

  it("writes one application per chosen child with reference, verdict, deadline, timeline, audit and notification", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const draftId = await kindergartenDraft(family, [family.memberIds.kindergartenOlder, family.memberIds.kindergartenYounger]);
    // A birth certificate attached on the check page (the row the documents module writes).
    const document = await db.document.create({
      data: { familyId: family.familyId, kind: "BIRTH_CERTIFICATE", originalName: "birth.pdf", storageKey: `test-${draftId}.pdf`, mimeType: "application/pdf", sizeBytes: 1024, sha256: "0".repeat(64) },
    });
    await db.applicationDocument.create({ data: { applicationId: draftId, documentId: document.id } });

    const result = await submitApplication(family.actor, draftId, { now: TEST_NOW });
    if (result.kind !== "submitted") throw new Error(result.kind);
    expect(result.applicationIds).toHaveLength(2);
    expect(result.applicationIds[0]).toBe(draftId);

    const applications = await db.application.findMany({ where: { id: { in: result.applicationIds } }, orderBy: { reference: "asc" } });
    expect(applications.map((application) => application.memberId).sort()).toEqual([family.memberIds.kindergartenOlder, family.memberIds.kindergartenYounger].sort());
    for (const application of applications) {
      expect(application.status).toBe("SUBMITTED");
      expect(application.reference).toMatch(APPLICATION_REFERENCE_PATTERN);
      expect(application.reference.startsWith("BO-2026-")).toBe(true);
      expect(application.submittedAt).toEqual(TEST_NOW);
      // Free kindergarten's statutory period is 5 working days: Thursday 26 November → Thursday 3 December.
      expect(application.dueAt).toEqual(new Date("2026-12-03T06:00:00.000Z"));
      expect(eligibilityResponseSchema.safeParse(application.verdictAtSubmission).success).toBe(true);
    }
    expect(applications[0]!.reference).not.toBe(applications[1]!.reference);
    // Each child's application carries the documents attached to the draft.
    expect(await db.applicationDocument.count({ where: { applicationId: { in: result.applicationIds }, documentId: document.id } })).toBe(2);
    expect((await db.application.findUniqueOrThrow({ where: { id: draftId } })).version).toBe(2);
    expect(await writtenFor(result.applicationIds, family.actor.id)).toEqual({ submittedEvents: 2, audits: 2, notifications: 2 });
    const notification = await db.notification.findFirstOrThrow({ where: { userId: family.actor.id, template: "application.submitted" } });
    expect(notification.params).toEqual({ reference: expect.stringMatching(APPLICATION_REFERENCE_PATTERN), measure: "FREE_KINDERGARTEN" });
  });

  it("the scholarship keeps the engine's amount for the chosen student", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const started = await startDraft(family.actor, "SCHOLARSHIP");
    if (started.kind !== "draft") throw new Error("expected a draft");
    expect((await saveDraftStep(family.actor, "SCHOLARSHIP", "children", { memberIds: [family.memberIds.eldest] }, { now: TEST_NOW })).ok).toBe(true);
    await submitApplication(family.actor, started.applicationId, { now: TEST_NOW });
    const application = await db.application.findUniqueOrThrow({ where: { id: started.applicationId } });
    expect(application.memberId).toBe(family.memberIds.eldest);
    expect(application.amountTenge).toBeGreaterThan(0);
  });

  it("writes nothing when a step inside the transaction fails", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const draftId = await kindergartenDraft(family, [family.memberIds.kindergartenYounger]);
    const before = await db.application.findUniqueOrThrow({ where: { id: draftId } });

    // The notification is the last row written: a trigger makes it fail for this user only.
    const fn = `fail_notification_${family.actor.id.replace(/\W/g, "_")}`;
    await db.$executeRawUnsafe(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."userId" = '${family.actor.id}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END; $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      await expect(submitApplication(family.actor, draftId, { now: TEST_NOW })).rejects.toThrow(/simulated failure/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${fn} ON "Notification"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }

    expect(await db.application.findUniqueOrThrow({ where: { id: draftId } })).toEqual(before);
    expect(await writtenFor([draftId], family.actor.id)).toEqual({ submittedEvents: 0, audits: 0, notifications: 0 });
    expect(await db.auditLog.count({ where: { entityId: draftId, action: "application.submit" } })).toBe(0);

    // After the failure the same draft still submits.
    expect((await submitApplication(family.actor, draftId, { now: TEST_NOW })).kind).toBe("submitted");
  });

  it("submits once under a double click; the second request hears it is already submitted", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const draftId = await kindergartenDraft(family, [family.memberIds.kindergartenYounger]);

    const results = await Promise.all([
      submitApplication(family.actor, draftId, { now: TEST_NOW }),
      submitApplication(family.actor, draftId, { now: TEST_NOW }),
    ]);
    expect(results.map((result) => result.kind).sort()).toEqual(["already-submitted", "submitted"]);
    expect(results.find((result) => result.kind === "already-submitted")).toEqual({ kind: "already-submitted", applicationId: draftId });
    expect(await writtenFor([draftId], family.actor.id)).toEqual({ submittedEvents: 1, audits: 1, notifications: 1 });
    expect((await db.application.findUniqueOrThrow({ where: { id: draftId } })).version).toBe(2);
  });
});
