// A measure the catalog does not open takes no new draft and no submission, and nothing
// is written when it refuses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraftStep } from "@/lib/applications/drafts/save-draft-step";
import { startDraft } from "@/lib/applications/drafts/start-draft";
import { submitApplication } from "@/lib/applications/drafts/submit-application";
import { db } from "@/lib/db/client";
import { createApplyTestFamily, recordAllConsents, TEST_NOW, useTemporaryOutbox } from "../applications/support/apply-test-family";
import { useOwnDatabase } from "../offers/support/offer-test-database";

let drop: () => Promise<void>;
let outbox: string;

const NOTICES = { noticeKk: "Уақытша тоқтатылды.", noticeRu: "Временно приостановлено.", noticeEn: "Paused for now." };

async function rowsOf(familyId: string, userId: string) {
  return {
    applications: await db.application.count({ where: { familyId } }),
    submitted: await db.application.count({ where: { familyId, status: { not: "DRAFT" } } }),
    timeline: await db.timelineEvent.count({ where: { application: { familyId } } }),
    audits: await db.auditLog.count({ where: { actorId: userId, action: { startsWith: "application." } } }),
    notifications: await db.notification.count({ where: { userId } }),
  };
}

describe("applying for a measure that is not open", () => {
  beforeAll(async () => {
    drop = (await useOwnDatabase()).drop;
    outbox = useTemporaryOutbox();
  });

  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("starts no draft for a closed measure", async () => {
    const family = await createApplyTestFamily();
    await db.measureSetting.create({ data: { measure: "RETRAINING_COURSES", status: "CLOSED", ...NOTICES } });
    const before = await rowsOf(family.familyId, family.actor.id);
    expect(await startDraft(family.actor, "RETRAINING_COURSES")).toEqual({ kind: "measure-closed" });
    expect(await rowsOf(family.familyId, family.actor.id)).toEqual(before);
  });

  it("starts no draft before the window opens", async () => {
    const family = await createApplyTestFamily();
    await db.measureSetting.create({ data: { measure: "SOCIAL_JOBS", windowStartsOn: new Date("2099-03-11"), windowEndsOn: new Date("2099-03-15") } });
    expect(await startDraft(family.actor, "SOCIAL_JOBS")).toEqual({ kind: "measure-closed" });
    expect(await db.application.count({ where: { familyId: family.familyId } })).toBe(0);
  });

  it("refuses to submit a finished draft once the measure is paused, and writes nothing", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const started = await startDraft(family.actor, "FREE_KINDERGARTEN");
    if (started.kind !== "draft") throw new Error(started.kind);
    const saved = await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds: [family.memberIds.kindergartenYounger] }, { now: TEST_NOW });
    if (!saved.ok) throw new Error(saved.errorKey);

    await db.measureSetting.create({ data: { measure: "FREE_KINDERGARTEN", status: "PAUSED", ...NOTICES } });
    const before = await rowsOf(family.familyId, family.actor.id);
    expect(await submitApplication(family.actor, started.applicationId, { now: TEST_NOW })).toEqual({ kind: "measure-closed" });
    expect(await rowsOf(family.familyId, family.actor.id)).toEqual(before);
    expect(await db.application.findUniqueOrThrow({ where: { id: started.applicationId }, select: { status: true, version: true } })).toMatchObject({ status: "DRAFT" });

    // Reopened, the same draft goes through: the check stopped it, nothing else did.
    await db.measureSetting.update({ where: { measure: "FREE_KINDERGARTEN" }, data: { status: "OPEN" } });
    expect(await submitApplication(family.actor, started.applicationId, { now: TEST_NOW })).toMatchObject({ kind: "submitted" });
  });
});
