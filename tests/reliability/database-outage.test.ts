// Reliability: the database goes away in the middle of a submission. The app's global
// `db` reaches PostgreSQL through a TCP proxy; the submission is held inside its
// transaction (after writing the status, the timeline event and the audit entry, waiting
// on a lock the test holds on the Notification table), then every proxied connection is cut
// and new ones are refused. The submission must fail with AppError("UNAVAILABLE"), which
// the submit action shows as a translated "try again, your answers are kept" in kk, ru and
// en; nothing may be half-written; and once the proxy accepts again the same process and
// the same client submit successfully, without a restart.
import pg from "pg";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitFailureState } from "@/lib/applications/drafts/actions/submit-failure-state";
import { submitApplication } from "@/lib/applications/drafts/submit-application";
// lib/db/client creates its client on first use from DATABASE_URL, so these static imports
// are safe: DATABASE_URL is pointed at the proxy in beforeAll, before the first query.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { createIsolatedDatabase } from "@/tests/support/local-database";
import { TEST_NOW, useTemporaryOutbox } from "../integration/applications/support/apply-test-family";
import { waitForLockWaiters } from "./support/lock-waiters";
import { readyDraft } from "./support/ready-draft";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";

let database: { url: string; drop(): Promise<void> };
let proxy: TcpProxy;
/** A connection straight to PostgreSQL, past the proxy: the test's own eyes and hands. */
let direct: pg.Client;
let outbox: string;

/** What a submission writes, read past the proxy (it may be down). */
async function rowsOf(applicationId: string, userId: string) {
  const count = async (sql: string, values: unknown[]) => (await direct.query<{ n: number }>(sql, values)).rows[0]?.n;
  const application = (await direct.query<{ status: string; version: number }>(`SELECT status::text, version FROM "Application" WHERE id = $1`, [applicationId])).rows[0];
  return {
    status: application?.status,
    version: application?.version,
    timelineEvents: await count(`SELECT count(*)::int AS n FROM "TimelineEvent" WHERE "applicationId" = $1 AND type = 'SUBMITTED'`, [applicationId]),
    auditEntries: await count(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'application.submit' AND "entityId" = $1`, [applicationId]),
    notifications: await count(`SELECT count(*)::int AS n FROM "Notification" WHERE "userId" = $1 AND template = 'application.submitted'`, [userId]),
    entitlements: await count(`SELECT count(*)::int AS n FROM "Entitlement" WHERE "applicationId" = $1`, [applicationId]),
  };
}

beforeAll(async () => {
  database = await createIsolatedDatabase({ migrate: true });
  const target = new URL(database.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  const proxied = new URL(database.url);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(proxy.port);
  process.env.DATABASE_URL = proxied.toString();
  direct = new pg.Client({ connectionString: database.url });
  await direct.connect();
  outbox = useTemporaryOutbox();
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await direct.end();
  await proxy.close();
  await database.drop();
});

describe("the database going away in the middle of a submission", () => {
  it("fails with UNAVAILABLE, writes nothing, refuses while down, and submits once the database is back", async () => {
    const { family, draftId } = await readyDraft(outbox);
    const before = await rowsOf(draftId, family.actor.id);
    expect(before, "the draft before the submission").toEqual({ status: "DRAFT", version: 1, timelineEvents: 0, auditEntries: 0, notifications: 0, entitlements: 0 });

    // Hold the submission inside its transaction: the notification is its last write.
    await direct.query("BEGIN");
    await direct.query(`LOCK TABLE "Notification" IN ACCESS EXCLUSIVE MODE`);
    const submission = submitApplication(family.actor, draftId, { now: TEST_NOW }).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    try {
      await waitForLockWaiters(direct, 1, "the submission's notification insert");
      // The status, timeline and audit rows exist only inside the held transaction now.
      await proxy.cut();
    } finally {
      await direct.query("COMMIT");
    }
    const cut = await submission;
    expect(cut, "the submission cut mid-transaction").toEqual({ error: new AppError("UNAVAILABLE", "database") });
    expect(await rowsOf(draftId, family.actor.id), "rows after the cut submission").toEqual(before);

    // While the database is unreachable, another try is refused the same way, not with a 500.
    expect(
      await submitApplication(family.actor, draftId, { now: TEST_NOW }).then((result) => ({ result }), (error: unknown) => ({ error })),
      "a submission while the database is down",
    ).toEqual({ error: new AppError("UNAVAILABLE", "database") });
    expect(await rowsOf(draftId, family.actor.id), "rows after the refused submission").toEqual(before);

    // The database is back: the same client recovers by itself and the draft submits once.
    await proxy.restore();
    const again = await submitApplication(family.actor, draftId, { now: TEST_NOW });
    expect(again, "the submission after the database came back").toEqual({ kind: "submitted", applicationIds: [draftId] });
    expect(await rowsOf(draftId, family.actor.id), "rows after the successful submission").toEqual({
      status: "SUBMITTED", version: 2, timelineEvents: 1, auditEntries: 1, notifications: 1, entitlements: 0,
    });
  }, 90_000);

  it("an ordinary database error (division by zero, a missing table, a bad cast) is not taken for an outage", async () => {
    for (const sql of ["SELECT 1 / 0", 'SELECT * FROM "NoSuchTable"', "SELECT 'x'::int"]) {
      const error = await db.$queryRawUnsafe(sql).then(() => null, (failure: unknown) => failure);
      expect(error, `${sql} failed`).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error), `${sql} read as an outage`).toBe(false);
    }
  });

  it.each(LOCALES)("the submit action's answer to UNAVAILABLE in %s: the translated 'try again, your answers are kept'", (locale) => {
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "apply.errors" });
    const state = submitFailureState(new AppError("UNAVAILABLE", "database"), t);
    const expected = messagesFor(locale).apply.errors.serviceUnavailable;
    expect(expected, `apply.errors.serviceUnavailable in ${locale}`).toMatch(/\S/);
    expect(state, `the form state for UNAVAILABLE in ${locale}`).toEqual({ status: "error", fieldErrors: {}, formError: expected, values: {} });
  });
});
