// Reliability: two caseworkers deciding one application at once leave one decision, and
// ten payment runs of one month started at once leave one set of payments — the same count
// and total as a single run. The integration suites (tests/integration/review/
// own-family-and-race.test.ts, tests/integration/payments/run-payments.test.ts) race the
// same functions; here, on a database of this file alone, a lock the test holds makes the
// requests wait together inside their transactions first, so the overlap is proven.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { runPayments, type RunPaymentsResult } from "@/lib/payments/run-payments";
import { approveApplication } from "@/lib/review/approve-application";
import { rejectApplication } from "@/lib/review/reject-application";
import type { Database } from "@/lib/db/create-client";
import { createActor, createEntitlement, openPaymentsDatabase } from "../integration/payments/support";
import { createReviewApplication, createReviewFamily, createStaff } from "../integration/review/review-fixtures";
import { useIsolatedGlobalDatabase, type IsolatedGlobalDatabase } from "./support/isolated-global-database";
import { waitForLockWaiters } from "./support/lock-waiters";

const PAYMENT_RUNS = 10;
const NOW = new Date("2026-11-26T08:00:00Z");
let database: IsolatedGlobalDatabase;
let direct: pg.Client;

/** Starts `requests` while `lockSql` is held by `holder`, releases it once `waiters` of them wait on it. */
async function startTogether<T>(holder: pg.Client, lockSql: string, waiters: number, what: string, requests: () => Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  await holder.query("BEGIN");
  await holder.query(lockSql);
  const started = requests();
  try {
    await waitForLockWaiters(holder, waiters, what);
  } finally {
    await holder.query("COMMIT");
  }
  return Promise.allSettled(started);
}

function outcomeOf(settled: PromiseSettledResult<unknown>): string {
  if (settled.status === "fulfilled") return "fulfilled";
  return isAppError(settled.reason) ? `AppError:${settled.reason.code}:${settled.reason.detail ?? ""}` : `unexpected:${String(settled.reason)}`;
}

beforeAll(async () => {
  database = await useIsolatedGlobalDatabase({ poolSize: PAYMENT_RUNS + 5 });
  direct = new pg.Client({ connectionString: database.url });
  await direct.connect();
}, 120_000);

afterAll(async () => {
  await direct.end();
  await db.$disconnect();
  await database.drop();
});

describe("two caseworkers deciding one application at once", () => {
  it("two approvals: one decision, one entitlement, one audit entry; the other is told CONFLICT version", async () => {
    const family = await createReviewFamily("ALMALY");
    const [first, second] = [await createStaff("CASEWORKER", "ALMALY"), await createStaff("CASEWORKER", "ALMALY")];
    const application = await createReviewApplication(family, "IN_REVIEW", { measure: "SCHOLARSHIP", memberId: family.pupilId, amountTenge: 5_000 });
    const input = { applicationId: application.id, version: application.version, amountTenge: undefined };

    const results = await startTogether(direct, `LOCK TABLE "Decision" IN ACCESS EXCLUSIVE MODE`, 2, "two approvals", () => [approveApplication(first, input), approveApplication(second, input)]);

    const outcomes = results.map(outcomeOf).sort();
    expect(outcomes, "outcomes of the two approvals").toEqual(["AppError:CONFLICT:version", "fulfilled"]);
    expect(await db.decision.count({ where: { applicationId: application.id } }), "decisions").toBe(1);
    expect(await db.entitlement.count({ where: { applicationId: application.id } }), "entitlements").toBe(1);
    expect(await db.auditLog.count({ where: { action: "application.approve", entityId: application.id } }), "approval audit entries").toBe(1);
  }, 60_000);

  it("an approval and a rejection: one decision, the application in the winner's status", async () => {
    const family = await createReviewFamily("ALMALY");
    const [caseworker, other] = [await createStaff("CASEWORKER", "ALMALY"), await createStaff("CASEWORKER", "ALMALY")];
    const application = await createReviewApplication(family, "IN_REVIEW");

    const results = await startTogether(direct, `LOCK TABLE "Decision" IN ACCESS EXCLUSIVE MODE`, 2, "an approval and a rejection", (): Promise<unknown>[] => [
      approveApplication(caseworker, { applicationId: application.id, version: application.version, amountTenge: undefined }),
      rejectApplication(other, { applicationId: application.id, version: application.version, reasonCode: "SITUATION_NOT_CONFIRMED", explanation: "Не подтверждено." }),
    ]);

    const outcomes = results.map(outcomeOf);
    expect(outcomes.filter((outcome) => outcome === "fulfilled"), `outcomes (approve, reject): ${outcomes.join(", ")}`).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.startsWith("AppError:CONFLICT")), `outcomes (approve, reject): ${outcomes.join(", ")}`).toHaveLength(1);
    const decisions = await db.decision.findMany({ where: { applicationId: application.id }, select: { outcome: true } });
    expect(decisions, "decisions").toHaveLength(1);
    const status = (await db.application.findUniqueOrThrow({ where: { id: application.id } })).status;
    expect(status, "the application's status is the one decision's outcome").toBe(decisions[0]?.outcome);
  }, 60_000);
});

describe(`${PAYMENT_RUNS} payment runs of one month at once`, () => {
  // A run pays every entitlement due: the approvals above created some, so the runs get a
  // database of their own (the payments suite's fixture), holding only this test's rows.
  let payments: { db: Database; url: string; close(): Promise<void> };
  let holder: pg.Client;
  beforeAll(async () => {
    payments = await openPaymentsDatabase();
    holder = new pg.Client({ connectionString: payments.url });
    await holder.connect();
  }, 120_000);
  afterAll(async () => {
    await holder.end();
    await payments.close();
  });

  it("create one set of payments: the same count and total as a single run of a month with the same entitlements", async () => {
    const supervisor = await createActor(payments.db, "SUPERVISOR");
    // Monthly entitlements over the whole year, so March and April owe the same payments.
    for (const amountTenge of [5_000, 7_500, 10_000, 12_345, 20_000, 31_000]) {
      await createEntitlement(payments.db, { period: "MONTH", startsOn: "2031-01-01", endsOn: "2031-12-31", amountTenge });
    }
    const single = await runPayments(supervisor, { periodMonth: "2031-03" }, NOW, payments.db);
    if (single.status !== "created") throw new Error(`the single run created nothing: ${single.status}`);

    // The test holds the runs' advisory lock (lib/payments/lock-payment-runs.ts; its keys are
    // not exported): all ten wait for it inside their transactions. Were the keys to change,
    // no run would wait and the check below fails naming "ten payment runs".
    const results = await startTogether(holder, `SELECT pg_advisory_xact_lock(5177100, 0)`, PAYMENT_RUNS, "ten payment runs", () =>
      Array.from({ length: PAYMENT_RUNS }, () => runPayments(supervisor, { periodMonth: "2031-04" }, NOW, payments.db)),
    );

    const outcomes = results.map((result) => (result.status === "fulfilled" ? result.value.status : outcomeOf(result)));
    expect(outcomes.filter((outcome) => outcome === "created"), `outcomes: ${outcomes.join(", ")}`).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "nothing-new"), `outcomes: ${outcomes.join(", ")}`).toHaveLength(PAYMENT_RUNS - 1);
    const created = results.find((result): result is PromiseFulfilledResult<RunPaymentsResult> => result.status === "fulfilled" && result.value.status === "created")?.value;
    expect(created, "the one created run's figures").toMatchObject({ payments: single.payments, totalTenge: single.totalTenge });

    const april = await payments.db.payment.aggregate({ where: { periodMonth: new Date("2031-04-01T00:00:00Z") }, _count: true, _sum: { amountTenge: true } });
    expect({ payments: april._count, totalTenge: april._sum.amountTenge }, "April's stored payments against March's single run").toEqual({ payments: single.payments, totalTenge: single.totalTenge });
    expect(await payments.db.paymentRun.count({ where: { periodMonth: new Date("2031-04-01T00:00:00Z") } }), "April's payment runs").toBe(1);
  }, 90_000);
});
