// `npm run payments:run`: the same run from the command line, recorded under the
// supervisor named with --as, and refused for anyone else.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/create-client";
import { createActor, createEntitlement, openPaymentsDatabase } from "./support";

const run = promisify(execFile);
let db: Database;
let url: string;
let close: () => Promise<void>;
let supervisor: Actor;

beforeAll(async () => {
  ({ db, url, close } = await openPaymentsDatabase());
  supervisor = await createActor(db, "SUPERVISOR");
});
afterAll(() => close());

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "lib/payments/cli/run-payments.ts", ...args], { env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("payments:run", () => {
  it("runs the month as the named supervisor, prints the count and total, and creates nothing the second time", async () => {
    await createEntitlement(db, { period: "MONTH", startsOn: "2039-01-01", endsOn: "2039-12-31", amountTenge: 10_000 });
    await createEntitlement(db, { period: "MONTH", startsOn: "2039-01-01", endsOn: "2039-12-31", amountTenge: 5_000 });
    const first = await cli("--month", "2039-02", "--as", supervisor.id);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Payment run run_[0-9a-f]+ for 2039-02: 2 payments created, total 15,000 ₸\.$/m);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "payment-run.create" } });
    expect(audit.actorId).toBe(supervisor.id);

    const second = await cli("--month", "2039-02", "--as", supervisor.id);
    expect(second).toMatchObject({ code: 0, stdout: "Nothing new to pay for 2039-02: no payment run was created.\n" });
    expect(await db.paymentRun.count()).toBe(1);
  }, 120_000);

  it("refuses a caseworker, an unknown id and a bad month, and writes nothing", async () => {
    await createEntitlement(db, { period: "MONTH", startsOn: "2040-01-01", endsOn: "2040-12-31" });
    const caseworker = await createActor(db, "CASEWORKER", "ALMALY");
    const refused = await cli("--month", "2040-01", "--as", caseworker.id);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("No active supervisor account");
    expect((await cli("--month", "2040-01", "--as", "usr_nobody")).code).toBe(1);
    const badMonth = await cli("--month", "2040-13", "--as", supervisor.id);
    expect(badMonth.code).toBe(2);
    expect(badMonth.stderr).toContain("--month must be a month written YYYY-MM");
    expect(await db.payment.count({ where: { periodMonth: new Date("2040-01-01T00:00:00Z") } })).toBe(0);
  }, 120_000);

  it("explains itself with --help", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--as <user id>    the id of an active SUPERVISOR account");
  }, 60_000);
});
