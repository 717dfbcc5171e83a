// Drafts as a family meets them: saved at every step and resumed, one open application
// per family + measure + child (refused with a link, never a 500), and invisible to others.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnDraft } from "@/lib/applications/drafts/get-own-draft";
import { saveDraftStep } from "@/lib/applications/drafts/save-draft-step";
import { startDraft } from "@/lib/applications/drafts/start-draft";
import { submitApplication } from "@/lib/applications/drafts/submit-application";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { TEST_NOW, createApplyTestFamily, recordAllConsents, useTemporaryOutbox } from "./support/apply-test-family";

let outbox: string;

describe("application drafts", () => {
  beforeAll(() => {
    outbox = useTemporaryOutbox();
  });
  afterAll(() => db.$disconnect());

  it("saves each step into the draft and resumes it on the next visit", async () => {
    const family = await createApplyTestFamily();
    const started = await startDraft(family.actor, "FREE_KINDERGARTEN");
    expect(started.kind).toBe("draft");
    const saved = await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds: [family.memberIds.kindergartenYounger] }, { now: TEST_NOW });
    expect(saved.ok).toBe(true);

    const resumed = await startDraft(family.actor, "FREE_KINDERGARTEN");
    expect(resumed).toEqual(started);
    const { draft } = await getOwnDraft(family.actor, "FREE_KINDERGARTEN");
    expect(draft.answers).toEqual({ memberIds: [family.memberIds.kindergartenYounger] });
    expect(await db.application.count({ where: { familyId: family.familyId, measure: "FREE_KINDERGARTEN" } })).toBe(1);
  });

  it("refuses a child the engine does not find eligible", async () => {
    const family = await createApplyTestFamily();
    await startDraft(family.actor, "FREE_KINDERGARTEN");
    const saved = await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds: [family.memberIds.eldest] }, { now: TEST_NOW });
    expect(saved).toEqual({ ok: false, field: "memberIds", errorKey: "chooseEligibleChild" });
  });

  it("refuses a second open application for the same child, with a link to the first", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const first = await startDraft(family.actor, "FREE_KINDERGARTEN");
    if (first.kind !== "draft") throw new Error("expected a draft");
    await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds: [family.memberIds.kindergartenOlder] }, { now: TEST_NOW });
    const submitted = await submitApplication(family.actor, first.applicationId, { now: TEST_NOW });
    expect(submitted.kind).toBe("submitted");
    const existing = await db.application.findUniqueOrThrow({ where: { id: first.applicationId }, select: { reference: true } });

    await startDraft(family.actor, "FREE_KINDERGARTEN");
    const again = await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds: [family.memberIds.kindergartenOlder] }, { now: TEST_NOW });
    expect(again).toEqual({
      ok: false,
      field: "memberIds",
      errorKey: "childHasOpenApplication",
      openApplication: { applicationId: first.applicationId, reference: existing.reference, memberName: "Омаров Нурлан Серикович" },
    });
    // The other child can still be applied for.
    const sibling = await saveDraftStep(family.actor, "FREE_KINDERGARTEN", "children", { memberIds: [family.memberIds.kindergartenYounger] }, { now: TEST_NOW });
    expect(sibling.ok).toBe(true);
  });

  it("a family-level measure with an open application points to it instead of starting a draft", async () => {
    const family = await createApplyTestFamily();
    await recordAllConsents(family, outbox);
    const first = await startDraft(family.actor, "UTILITIES_COMPENSATION");
    if (first.kind !== "draft") throw new Error("expected a draft");
    await saveDraftStep(family.actor, "UTILITIES_COMPENSATION", "situation", { situation: "Счета за отопление выросли вдвое" }, { now: TEST_NOW });
    const submitted = await submitApplication(family.actor, first.applicationId, { now: TEST_NOW });
    expect(submitted.kind).toBe("submitted");
    const { reference } = await db.application.findUniqueOrThrow({ where: { id: first.applicationId }, select: { reference: true } });

    expect(await startDraft(family.actor, "UTILITIES_COMPENSATION")).toEqual({ kind: "open", applicationId: first.applicationId, reference });
    expect(await db.application.count({ where: { familyId: family.familyId, measure: "UTILITIES_COMPENSATION" } })).toBe(1);
  });

  it("a second family can neither see nor change the first family's draft", async () => {
    const owner = await createApplyTestFamily();
    const outsider = await createApplyTestFamily();
    const started = await startDraft(owner.actor, "ONE_TIME_ASSISTANCE");
    if (started.kind !== "draft") throw new Error("expected a draft");
    await saveDraftStep(owner.actor, "ONE_TIME_ASSISTANCE", "situation", { situation: "Потеря кормильца в октябре" }, { now: TEST_NOW });
    const before = await db.application.findUniqueOrThrow({ where: { id: started.applicationId } });

    await expect(submitApplication(outsider.actor, started.applicationId, { now: TEST_NOW })).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(getOwnDraft(outsider.actor, "ONE_TIME_ASSISTANCE")).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(saveDraftStep(outsider.actor, "ONE_TIME_ASSISTANCE", "situation", { situation: "Чужой текст, который не должен попасть" }, { now: TEST_NOW })).rejects.toEqual(
      new AppError("NOT_FOUND"),
    );
    expect(await db.application.findUniqueOrThrow({ where: { id: started.applicationId } })).toEqual(before);
  });

  it("a caseworker cannot start a family's draft", async () => {
    await expect(startDraft({ id: "usr_someone", role: "CASEWORKER", district: "ALMALY" }, "SCHOLARSHIP")).rejects.toEqual(new AppError("FORBIDDEN"));
  });
});
