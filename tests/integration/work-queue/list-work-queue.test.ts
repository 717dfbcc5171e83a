// The queue lists applications past the draft stage in the reader's reach, filtered,
// sorted and paginated in the database; the applicant's IIN is never part of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { listWorkQueue } from "@/lib/work-queue/list-work-queue";
import { QUEUE_PAGE_SIZE } from "@/lib/work-queue/queue-filters";
import { createApplication, createFamilyIn, createStaff, days, filters, MEASURES, NOW } from "./fixtures";

describe("the work queue's reach", () => {
  afterAll(() => db.$disconnect());

  it("shows a caseworker their district only, whatever district they ask for", async () => {
    const holder = await createStaff("CASEWORKER", "ALATAU");
    const alatau = await createFamilyIn("ALATAU");
    const medeu = await createFamilyIn("MEDEU");
    const own = await createApplication(alatau.familyId, { assigneeId: holder.id });
    const other = await createApplication(medeu.familyId, { assigneeId: holder.id });
    const alatauCaseworker = await createStaff("CASEWORKER", "ALATAU");
    const medeuCaseworker = await createStaff("CASEWORKER", "MEDEU");
    const supervisor = await createStaff("SUPERVISOR");
    const admin = await createStaff("ADMIN");

    const ids = async (actor: Parameters<typeof listWorkQueue>[0], district?: "MEDEU") =>
      (await listWorkQueue(actor, filters({ assignee: holder.id, district }), NOW)).rows.map((row) => row.id).sort();
    expect(await ids(alatauCaseworker)).toEqual([own.id]);
    expect(await ids(alatauCaseworker, "MEDEU")).toEqual([own.id]);
    expect(await ids(medeuCaseworker)).toEqual([other.id]);
    expect(await ids(supervisor)).toEqual([own.id, other.id].sort());
    expect(await ids(supervisor, "MEDEU")).toEqual([other.id]);
    expect(await ids(admin)).toEqual([own.id, other.id].sort());

    const page = await listWorkQueue(alatauCaseworker, filters({ assignee: holder.id }), NOW);
    expect(page.district).toBe("ALATAU");
    expect(page.filters.district).toBeUndefined();
  });

  it("refuses a citizen, and shows a caseworker without a district nothing", async () => {
    const family = await createFamilyIn("AUEZOV");
    await expect(listWorkQueue(family.actor, filters(), NOW)).rejects.toEqual(new AppError("FORBIDDEN"));
    const caseworker = await createStaff("CASEWORKER", "AUEZOV");
    const page = await listWorkQueue({ ...caseworker, district: null }, filters({ status: "all" }), NOW);
    expect(page.rows).toEqual([]);
    expect(page.total).toBe(0);
  });

  it("never lists drafts, and gives the applicant's name without the IIN", async () => {
    const holder = await createStaff("CASEWORKER", "BOSTANDYK");
    const family = await createFamilyIn("BOSTANDYK");
    await createApplication(family.familyId, { status: "DRAFT", assigneeId: holder.id, measure: "SOCIAL_JOBS" });
    const submitted = await createApplication(family.familyId, { assigneeId: holder.id });
    const page = await listWorkQueue(holder, filters({ assignee: "me", status: "all" }), NOW);
    expect(page.rows.map((row) => row.id)).toEqual([submitted.id]);
    const [row] = page.rows;
    expect(row).toMatchObject({ reference: submitted.reference, applicantName: family.applicantName, district: "BOSTANDYK", assigneeName: holder.fullName, deadlineState: "on-track" });
    expect(JSON.stringify(page)).not.toContain(family.applicantIin);
  });
});

describe("the work queue's filters", () => {
  let holder: Awaited<ReturnType<typeof createStaff>>;
  let supervisor: Awaited<ReturnType<typeof createStaff>>;
  const made: Record<string, string> = {};

  beforeAll(async () => {
    holder = await createStaff("CASEWORKER", "TURKSIB");
    supervisor = await createStaff("SUPERVISOR");
    const family = await createFamilyIn("TURKSIB");
    const second = await createFamilyIn("TURKSIB");
    const plan = [
      ["breached", { dueAt: days(-6), measure: "ONE_TIME_ASSISTANCE" }],
      ["breachedByAMinute", { dueAt: new Date(NOW.getTime() - 60_000), measure: "UTILITIES_COMPENSATION", status: "IN_REVIEW" }],
      // Friday 27 November: one working day left.
      ["atRisk", { dueAt: days(1), measure: "HOUSING_CERTIFICATE", status: "IN_REVIEW" }],
      // Monday 30 November, the second working day: still at risk.
      ["atRiskAfterWeekend", { dueAt: days(4), measure: "DOWN_PAYMENT_SUBSIDY", status: "APPEALED" }],
      // Tuesday 1 December, the third working day.
      ["onTrack", { dueAt: days(5), measure: "PREFERENTIAL_MORTGAGE" }],
      ["paused", { dueAt: days(-20), measure: "SOCIAL_JOBS", status: "INFORMATION_REQUESTED" }],
      ["approved", { dueAt: days(-20), measure: "RETRAINING_COURSES", status: "APPROVED" }],
      ["rejected", { dueAt: days(-20), measure: "MOTHERS_CENTER", status: "REJECTED" }],
    ] as const;
    for (const [name, options] of plan) {
      made[name] = (await createApplication(family.familyId, { ...options, assigneeId: holder.id })).id;
    }
    made.unassigned = (await createApplication(second.familyId, { dueAt: days(10), measure: "ONE_TIME_ASSISTANCE" })).id;
  });

  const list = async (changes: Parameters<typeof filters>[0], actor = holder) =>
    (await listWorkQueue(actor, filters({ assignee: holder.id, ...changes }), NOW)).rows.map((row) => row.id).sort();
  const expected = (...names: string[]) => names.map((name) => made[name]!).sort();

  it("lists open applications by default, closed ones on request", async () => {
    expect(await list({})).toEqual(expected("breached", "breachedByAMinute", "atRisk", "atRiskAfterWeekend", "onTrack", "paused"));
    expect(await list({ status: "all" })).toEqual(expected("breached", "breachedByAMinute", "atRisk", "atRiskAfterWeekend", "onTrack", "paused", "approved", "rejected"));
    expect(await list({ status: "APPROVED" })).toEqual(expected("approved"));
    expect(await list({ status: "IN_REVIEW" })).toEqual(expected("breachedByAMinute", "atRisk"));
  });

  it("filters by deadline state with working days, agreeing with each row's badge", async () => {
    expect(await list({ deadline: "breached" })).toEqual(expected("breached", "breachedByAMinute"));
    expect(await list({ deadline: "at-risk" })).toEqual(expected("atRisk", "atRiskAfterWeekend"));
    expect(await list({ deadline: "on-track" })).toEqual(expected("onTrack"));
    expect(await list({ deadline: "paused" })).toEqual(expected("paused"));
    // Closed applications have no deadline state, even with every status shown.
    expect(await list({ deadline: "breached", status: "all" })).toEqual(expected("breached", "breachedByAMinute"));
    for (const state of ["breached", "at-risk", "on-track", "paused"] as const) {
      const page = await listWorkQueue(holder, filters({ assignee: holder.id, deadline: state }), NOW);
      expect(page.rows.every((row) => row.deadlineState === state)).toBe(true);
    }
  });

  it("filters by measure, and by assignee: me, unassigned or a colleague", async () => {
    expect(await list({ measure: "HOUSING_CERTIFICATE" })).toEqual(expected("atRisk"));
    expect(await list({ assignee: "me" })).toEqual(expected("breached", "breachedByAMinute", "atRisk", "atRiskAfterWeekend", "onTrack", "paused"));
    expect(await list({ assignee: "me" }, supervisor)).toEqual([]);
    const unassigned = await listWorkQueue(holder, filters({ assignee: "unassigned", deadline: "on-track" }), NOW);
    expect(unassigned.rows.map((row) => row.id)).toContain(made.unassigned);
    expect(unassigned.rows.every((row) => row.assigneeId === null)).toBe(true);
  });

  it("lets a supervisor, not a caseworker, narrow to approvals awaiting a second signature", async () => {
    const firstApprover = await createStaff("CASEWORKER", "TURKSIB");
    const decide = (applicationId: string, extra: { secondApprovedAt?: Date; returnedAt?: Date; secondApproverId?: string; returnedById?: string } = {}) =>
      db.decision.create({ data: { applicationId, outcome: "APPROVED", amountTenge: 1_000_000, decidedById: firstApprover.id, requiresSecondApproval: true, ...extra } });
    await decide(made.atRisk!);
    await decide(made.breachedByAMinute!, { returnedAt: days(-1), returnedById: supervisor.id });
    await decide(made.breachedByAMinute!, { secondApprovedAt: days(-1), secondApproverId: supervisor.id });
    expect(await list({ awaiting: "second-approval" }, supervisor)).toEqual(expected("atRisk"));
    // A caseworker has no second signature to give: the filter does not apply to them.
    expect(await list({ awaiting: "second-approval" })).toHaveLength(6);
  });
});

describe("the work queue's order and pages", () => {
  it("sorts by deadline, submission or reference, 25 to a page with the total", async () => {
    const holder = await createStaff("CASEWORKER", "NAURYZBAY");
    const families = await Promise.all([1, 2, 3].map(() => createFamilyIn("NAURYZBAY")));
    const created: { id: string; reference: string; dueAt: Date; submittedAt: Date }[] = [];
    for (let index = 0; index < QUEUE_PAGE_SIZE + 2; index++) {
      // Deadlines and submissions run the opposite way to creation (and so to references).
      const dueAt = days(30 - index);
      const submittedAt = days(-index - 1);
      const family = families[index % 3]!;
      const application = await createApplication(family.familyId, { assigneeId: holder.id, dueAt, submittedAt, measure: MEASURES[Math.floor(index / 3)]! });
      created.push({ id: application.id, reference: application.reference, dueAt, submittedAt });
    }
    const supervisor = await createStaff("SUPERVISOR");
    const pages = async (sort: "due" | "submitted" | "reference") => {
      const first = await listWorkQueue(supervisor, filters({ assignee: holder.id, sort, page: 1 }), NOW);
      const second = await listWorkQueue(supervisor, filters({ assignee: holder.id, sort, page: 2 }), NOW);
      const third = await listWorkQueue(supervisor, filters({ assignee: holder.id, sort, page: 3 }), NOW);
      expect([first.total, first.pageCount, first.rows.length, second.rows.length, third.rows.length]).toEqual([27, 2, 25, 2, 0]);
      return [...first.rows, ...second.rows].map((row) => row.id);
    };
    const byDue = [...created].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()).map((row) => row.id);
    const bySubmission = [...created].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()).map((row) => row.id);
    const byReference = [...created].sort((a, b) => a.reference.localeCompare(b.reference)).map((row) => row.id);
    expect(byDue).not.toEqual(byReference);
    expect(await pages("due")).toEqual(byDue);
    expect(await pages("submitted")).toEqual(bySubmission);
    expect(await pages("reference")).toEqual(byReference);
  });
});
