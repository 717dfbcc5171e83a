// Claiming and assigning: who may, on what, and that each change is one transaction,
// conditional on the version read, with an internal timeline event and an audit entry.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assignApplication } from "@/lib/work-queue/assign-application";
import { claimApplication } from "@/lib/work-queue/claim-application";
import { createApplication, createFamilyIn, createStaff, NOW } from "./fixtures";

async function stateOf(applicationId: string) {
  const [application, timeline, audits] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { assigneeId: true, version: true } }),
    db.timelineEvent.findMany({ where: { applicationId, type: "ASSIGNED" }, select: { actorId: true, isInternal: true, message: true } }),
    db.auditLog.findMany({ where: { entityType: "Application", entityId: applicationId }, select: { action: true, actorId: true, before: true, after: true } }),
  ]);
  return { application, timeline, audits };
}

describe("claiming a case", () => {
  afterAll(() => db.$disconnect());

  it("assigns an unassigned open case of the caseworker's district to them, with timeline and audit", async () => {
    const caseworker = await createStaff("CASEWORKER", "ZHETYSU");
    const family = await createFamilyIn("ZHETYSU");
    const application = await createApplication(family.familyId, { version: 4 });
    const result = await claimApplication(caseworker, { applicationId: application.id, version: 4 }, NOW);
    expect(result).toEqual({ id: application.id, assigneeId: caseworker.id, version: 5, changed: true });
    const state = await stateOf(application.id);
    expect(state.application).toEqual({ assigneeId: caseworker.id, version: 5 });
    // Families do not see who handles their case.
    expect(state.timeline).toEqual([{ actorId: caseworker.id, isInternal: true, message: caseworker.fullName }]);
    expect(state.audits).toEqual([{
      action: "application.claim", actorId: caseworker.id,
      before: { assigneeId: null, version: 4 }, after: { assigneeId: caseworker.id, version: 5 },
    }]);
  });

  it("refuses a caseworker of another district, a citizen and an administrator, writing nothing", async () => {
    const family = await createFamilyIn("ZHETYSU");
    const application = await createApplication(family.familyId);
    const outsider = await createStaff("CASEWORKER", "MEDEU");
    const admin = await createStaff("ADMIN");
    const before = await stateOf(application.id);
    await expect(claimApplication(outsider, { applicationId: application.id, version: 1 }, NOW)).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(claimApplication(family.actor, { applicationId: application.id, version: 1 }, NOW)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(claimApplication(admin, { applicationId: application.id, version: 1 }, NOW)).rejects.toEqual(new AppError("FORBIDDEN"));
    expect(await stateOf(application.id)).toEqual(before);
  });

  it("refuses a draft as if it did not exist, a closed case, a colleague's case and a stale version", async () => {
    const caseworker = await createStaff("CASEWORKER", "ZHETYSU");
    const colleague = await createStaff("CASEWORKER", "ZHETYSU");
    const family = await createFamilyIn("ZHETYSU");
    const draft = await createApplication(family.familyId, { status: "DRAFT", measure: "SOCIAL_JOBS" });
    const approved = await createApplication(family.familyId, { status: "APPROVED", measure: "MOTHERS_CENTER" });
    const taken = await createApplication(family.familyId, { assigneeId: colleague.id, measure: "UTILITIES_COMPENSATION" });
    const open = await createApplication(family.familyId, { measure: "ONE_TIME_ASSISTANCE", version: 2 });
    const claim = (applicationId: string, version: number) => claimApplication(caseworker, { applicationId, version }, NOW);
    await expect(claim(draft.id, 1)).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(claim(approved.id, 1)).rejects.toMatchObject({ code: "CONFLICT", detail: "closed" });
    await expect(claim(taken.id, 1)).rejects.toMatchObject({ code: "CONFLICT", detail: "taken" });
    await expect(claim(open.id, 1)).rejects.toMatchObject({ code: "CONFLICT", detail: "changed" });
    for (const id of [draft.id, approved.id, open.id]) expect((await stateOf(id)).timeline).toEqual([]);
    expect((await stateOf(taken.id)).application.assigneeId).toBe(colleague.id);
  });

  it("lets exactly one of two caseworkers claiming at once win", async () => {
    const [first, second] = await Promise.all([createStaff("CASEWORKER", "AUEZOV"), createStaff("CASEWORKER", "AUEZOV")]);
    const family = await createFamilyIn("AUEZOV");
    for (let round = 0; round < 5; round++) {
      const application = await createApplication(family.familyId, { measure: (["ONE_TIME_ASSISTANCE", "SOCIAL_JOBS", "RETRAINING_COURSES", "MOTHERS_CENTER", "UTILITIES_COMPENSATION"] as const)[round] });
      const outcomes = await Promise.allSettled([
        claimApplication(first!, { applicationId: application.id, version: 1 }, NOW),
        claimApplication(second!, { applicationId: application.id, version: 1 }, NOW),
      ]);
      const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
      const lost = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
      const winner = (won[0] as PromiseFulfilledResult<{ assigneeId: string | null }>).value.assigneeId;
      const state = await stateOf(application.id);
      expect(state.application).toEqual({ assigneeId: winner, version: 2 });
      expect(state.timeline).toHaveLength(1);
      expect(state.audits).toHaveLength(1);
    }
  });
});

describe("assigning a case", () => {
  it("lets a supervisor give a case to a caseworker of its district, take it, or put it back", async () => {
    const supervisor = await createStaff("SUPERVISOR");
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const family = await createFamilyIn("ALMALY");
    const application = await createApplication(family.familyId);

    await assignApplication(supervisor, { applicationId: application.id, version: 1, assigneeId: caseworker.id }, NOW);
    await assignApplication(supervisor, { applicationId: application.id, version: 2, assigneeId: supervisor.id }, NOW);
    const result = await assignApplication(supervisor, { applicationId: application.id, version: 3, assigneeId: "" }, NOW);
    expect(result).toEqual({ id: application.id, assigneeId: null, version: 4, changed: true });

    const state = await stateOf(application.id);
    expect(state.application).toEqual({ assigneeId: null, version: 4 });
    expect(state.timeline.map((event) => [event.actorId, event.isInternal, event.message])).toEqual(
      expect.arrayContaining([[supervisor.id, true, caseworker.fullName], [supervisor.id, true, supervisor.fullName], [supervisor.id, true, null]]),
    );
    expect(state.audits.map((entry) => [entry.action, entry.before, entry.after])).toEqual(expect.arrayContaining([
      ["application.assign", { assigneeId: null, version: 1 }, { assigneeId: caseworker.id, version: 2 }],
      ["application.assign", { assigneeId: caseworker.id, version: 2 }, { assigneeId: supervisor.id, version: 3 }],
      ["application.assign", { assigneeId: supervisor.id, version: 3 }, { assigneeId: null, version: 4 }],
    ]));
    expect(state.audits).toHaveLength(3);
  });

  it("refuses a caseworker of another district, another supervisor, a disabled account and a citizen as assignee", async () => {
    const supervisor = await createStaff("SUPERVISOR");
    const otherSupervisor = await createStaff("SUPERVISOR");
    const outsider = await createStaff("CASEWORKER", "TURKSIB");
    const disabled = await createStaff("CASEWORKER", "ALMALY");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: NOW } });
    const family = await createFamilyIn("ALMALY");
    const application = await createApplication(family.familyId);
    const before = await stateOf(application.id);
    for (const assigneeId of [outsider.id, otherSupervisor.id, disabled.id, family.actor.id, "usr_nobody"]) {
      await expect(assignApplication(supervisor, { applicationId: application.id, version: 1, assigneeId }, NOW)).rejects.toEqual(new AppError("INVALID_INPUT", "assignee"));
    }
    expect(await stateOf(application.id)).toEqual(before);
  });

  it("refuses caseworkers and administrators, a closed case and a stale version", async () => {
    const supervisor = await createStaff("SUPERVISOR");
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const colleague = await createStaff("CASEWORKER", "ALMALY");
    const admin = await createStaff("ADMIN");
    const family = await createFamilyIn("ALMALY");
    const open = await createApplication(family.familyId, { assigneeId: caseworker.id });
    const rejected = await createApplication(family.familyId, { status: "REJECTED", measure: "SOCIAL_JOBS" });
    // A caseworker cannot hand their case, or anyone's, to someone else.
    await expect(assignApplication(caseworker, { applicationId: open.id, version: 1, assigneeId: colleague.id }, NOW)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(assignApplication(admin, { applicationId: open.id, version: 1, assigneeId: colleague.id }, NOW)).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(assignApplication(supervisor, { applicationId: rejected.id, version: 1, assigneeId: colleague.id }, NOW)).rejects.toMatchObject({ code: "CONFLICT", detail: "closed" });
    await expect(assignApplication(supervisor, { applicationId: open.id, version: 0, assigneeId: colleague.id }, NOW)).rejects.toMatchObject({ code: "CONFLICT", detail: "changed" });
    expect((await stateOf(open.id)).application).toEqual({ assigneeId: caseworker.id, version: 1 });
    expect((await stateOf(rejected.id)).audits).toEqual([]);
  });

  it("writes nothing when the case already has that assignee", async () => {
    const supervisor = await createStaff("SUPERVISOR");
    const caseworker = await createStaff("CASEWORKER", "MEDEU");
    const family = await createFamilyIn("MEDEU");
    const application = await createApplication(family.familyId, { assigneeId: caseworker.id });
    const result = await assignApplication(supervisor, { applicationId: application.id, version: 1, assigneeId: caseworker.id }, NOW);
    expect(result.changed).toBe(false);
    expect(await stateOf(application.id)).toMatchObject({ application: { version: 1 }, timeline: [], audits: [] });
  });
});
