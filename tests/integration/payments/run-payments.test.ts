// The monthly run: the right payments for the month, never twice — not when run again,
// not when started twice or ten times at once — and only by supervisors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { runPayments } from "@/lib/payments/run-payments";
import { createActor, createCitizenActor, createEntitlement, monthsOf, openPaymentsDatabase, paymentsOf } from "./support";

const NOW = new Date("2026-11-26T08:00:00Z");
let db: Database;
let close: () => Promise<void>;
let supervisor: Actor;

beforeAll(async () => {
  ({ db, close } = await openPaymentsDatabase());
  supervisor = await createActor(db, "SUPERVISOR");
});
afterAll(() => close());

describe("payment run", () => {
  it("pays monthly entitlements in their months only, once entitlements once, approved applications only", async () => {
    // A school year of scholarship: September 2030 to May 2031 (the academic months).
    const scholarship = await createEntitlement(db, { period: "MONTH", startsOn: "2030-09-01", endsOn: "2031-05-31", amountTenge: 5_000 });
    // Starts on the last day of a month: that month is due.
    const lateStart = await createEntitlement(db, { period: "MONTH", startsOn: "2030-10-31", endsOn: "2030-12-31", amountTenge: 7_000 });
    const once = await createEntitlement(db, { period: "ONCE", startsOn: "2030-10-15", endsOn: "2030-10-15", amountTenge: 150_000 });
    const onceLater = await createEntitlement(db, { period: "ONCE", startsOn: "2030-11-01", endsOn: "2030-11-01", amountTenge: 90_000 });
    const inReview = await createEntitlement(db, { period: "MONTH", startsOn: "2030-09-01", endsOn: "2031-05-31", applicationStatus: "IN_REVIEW" });
    const withdrawn = await createEntitlement(db, { period: "ONCE", startsOn: "2030-09-01", applicationStatus: "WITHDRAWN" });

    for (const month of ["2030-08", "2030-09", "2030-10", "2030-11", "2031-05", "2031-06"]) {
      await runPayments(supervisor, { periodMonth: month }, NOW, db);
    }

    expect(monthsOf(await paymentsOf(db, scholarship.id))).toEqual(["2030-09", "2030-10", "2030-11", "2031-05"]);
    expect(monthsOf(await paymentsOf(db, lateStart.id))).toEqual(["2030-10", "2030-11"]);
    // Paid by October's run (it started on 15 October), then never again.
    expect(monthsOf(await paymentsOf(db, once.id))).toEqual(["2030-10"]);
    expect(monthsOf(await paymentsOf(db, onceLater.id))).toEqual(["2030-11"]);
    expect(await paymentsOf(db, inReview.id)).toEqual([]);
    expect(await paymentsOf(db, withdrawn.id)).toEqual([]);

    const october = await paymentsOf(db, once.id);
    expect(october[0]).toMatchObject({ status: "SCHEDULED", amountTenge: 150_000 });
  });

  it("creates the run with the counts and total, audited, and the second run creates nothing and no empty run", async () => {
    const first = await createEntitlement(db, { period: "MONTH", startsOn: "2032-01-01", endsOn: "2032-12-31", amountTenge: 10_000 });
    const second = await createEntitlement(db, { period: "MONTH", startsOn: "2032-01-01", endsOn: null, amountTenge: 12_500 });

    const result = await runPayments(supervisor, { periodMonth: "2032-03" }, NOW, db);
    expect(result).toMatchObject({ status: "created", periodMonth: "2032-03", payments: 2, totalTenge: 22_500 });
    if (result.status !== "created") throw new Error("expected a run");
    const run = await db.paymentRun.findUniqueOrThrow({ where: { id: result.runId }, include: { payments: true } });
    expect(run.startedById).toBe(supervisor.id);
    expect(run.periodMonth.toISOString().slice(0, 10)).toBe("2032-03-01");
    expect(run.payments.map((payment) => payment.entitlementId).sort()).toEqual([first.id, second.id].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "payment-run.create", entityId: result.runId } });
    expect(audit).toMatchObject({ actorId: supervisor.id, actorRole: "SUPERVISOR", after: { periodMonth: "2032-03", payments: 2, totalTenge: 22_500 } });

    const runsBefore = await db.paymentRun.count();
    const again = await runPayments(supervisor, { periodMonth: "2032-03" }, NOW, db);
    expect(again).toEqual({ status: "nothing-new", periodMonth: "2032-03" });
    expect(await db.paymentRun.count()).toBe(runsBefore);
    expect(await db.payment.count({ where: { periodMonth: new Date("2032-03-01T00:00:00Z") } })).toBe(2);

    // A new entitlement later in the month is picked up by a new run, alone.
    const late = await createEntitlement(db, { period: "MONTH", startsOn: "2032-03-01", endsOn: "2032-06-30", amountTenge: 3_000 });
    const third = await runPayments(supervisor, { periodMonth: "2032-03" }, NOW, db);
    expect(third).toMatchObject({ status: "created", payments: 1, totalTenge: 3_000 });
    expect(monthsOf(await paymentsOf(db, late.id))).toEqual(["2032-03"]);
  });

  it("started twice at once, creates one set of payments and one run", async () => {
    const created = [
      await createEntitlement(db, { period: "MONTH", startsOn: "2033-01-01", endsOn: "2033-12-31" }),
      await createEntitlement(db, { period: "MONTH", startsOn: "2033-01-01", endsOn: "2033-12-31" }),
      await createEntitlement(db, { period: "ONCE", startsOn: "2033-02-10" }),
    ];
    const results = await Promise.all([1, 2].map(() => runPayments(supervisor, { periodMonth: "2033-02" }, NOW, db)));
    expect(results.map((result) => result.status).sort()).toEqual(["created", "nothing-new"]);
    const february = await db.payment.findMany({ where: { periodMonth: new Date("2033-02-01T00:00:00Z") }, select: { entitlementId: true } });
    // Ours, plus the open-ended entitlement of the test before (it has no end date).
    expect(february.filter((payment) => created.some((entitlement) => entitlement.id === payment.entitlementId))).toHaveLength(3);
    expect(new Set(february.map((payment) => payment.entitlementId)).size).toBe(february.length);
    expect(await db.paymentRun.count({ where: { periodMonth: new Date("2033-02-01T00:00:00Z") } })).toBe(1);
  });

  it("started ten times at once, creates one set of payments; a one-time entitlement is paid once across months run at once", async () => {
    const entitlements = await Promise.all(Array.from({ length: 6 }, () => createEntitlement(db, { period: "MONTH", startsOn: "2034-01-01", endsOn: "2034-12-31" })));
    const once = await createEntitlement(db, { period: "ONCE", startsOn: "2034-01-20" });
    const months = ["2034-04", "2034-04", "2034-04", "2034-04", "2034-04", "2034-04", "2034-04", "2034-05", "2034-05", "2034-05"];
    const results = await Promise.all(months.map((periodMonth) => runPayments(supervisor, { periodMonth }, NOW, db)));
    expect(results.filter((result) => result.status === "created").map((result) => result.periodMonth).sort()).toEqual(["2034-04", "2034-05"]);
    for (const entitlement of entitlements) expect(monthsOf(await paymentsOf(db, entitlement.id))).toEqual(["2034-04", "2034-05"]);
    expect(await paymentsOf(db, once.id)).toHaveLength(1);
    expect(await db.paymentRun.count({ where: { periodMonth: { in: [new Date("2034-04-01T00:00:00Z"), new Date("2034-05-01T00:00:00Z")] } } })).toBe(2);
  });

  it("refuses caseworkers, administrators and citizens, and writes nothing", async () => {
    await createEntitlement(db, { period: "MONTH", startsOn: "2035-01-01", endsOn: "2035-12-31" });
    const refused = [
      await createActor(db, "CASEWORKER", "ALMALY"),
      await createActor(db, "ADMIN"),
      await createCitizenActor(db),
    ];
    for (const actor of refused) {
      await expect(runPayments(actor, { periodMonth: "2035-01" }, NOW, db)).rejects.toEqual(new AppError("FORBIDDEN"));
    }
    expect(await db.payment.count({ where: { periodMonth: new Date("2035-01-01T00:00:00Z") } })).toBe(0);
    expect(await db.paymentRun.count({ where: { periodMonth: new Date("2035-01-01T00:00:00Z") } })).toBe(0);
  });
});
