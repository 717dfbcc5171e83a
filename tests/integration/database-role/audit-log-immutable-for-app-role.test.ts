// The audit log cannot be altered by the application's database role (issue 7), tested in
// SQL: signed in as the role the launcher provisions, the portal can append to and read the
// audit log, but every way of changing or removing a row — directly, or by first switching
// off, dropping or replacing the triggers that guard it — is refused for lack of privilege.
// The app's ordinary writes (Prisma, sequences, the job queue) still work as that role.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createBoss, ensureQueues } from "@/lib/jobs/create-boss";
import { OFFERS_AFTER_PUBLISH, OFFERS_NIGHTLY } from "@/lib/jobs/job-names";
import { startJobWorker } from "@/lib/jobs/start-job-worker";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { createProvisionedDatabase, errorOf, withClient, type ProvisionedDatabase } from "./support/provisioned-database";

const INSUFFICIENT_PRIVILEGE = "42501";
/** pg-boss 10's internal queue for cron (node_modules/pg-boss/src/timekeeper.js QUEUES.SEND_IT). */
const CRON_CLOCK_QUEUE = "__pgboss__send-it";
const PRIVILEGE_REFUSAL = /^(permission denied|must be owner)/;

// Each statement is one way a compromised application could rewrite history.
const REFUSED_STATEMENTS: Record<string, string> = {
  "UPDATE a row": `UPDATE "AuditLog" SET action = 'changed'`,
  "DELETE rows": `DELETE FROM "AuditLog"`,
  TRUNCATE: `TRUNCATE "AuditLog"`,
  "disable the update/delete trigger": `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_or_delete"`,
  "disable every trigger": `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`,
  "drop the update/delete trigger": `DROP TRIGGER "AuditLog_no_update_or_delete" ON "AuditLog"`,
  "drop the truncate trigger": `DROP TRIGGER "AuditLog_no_truncate" ON "AuditLog"`,
  "skip triggers with session_replication_role": `SET session_replication_role = replica`,
  "drop the table": `DROP TABLE "AuditLog"`,
  "rename the table away": `ALTER TABLE "AuditLog" RENAME TO "AuditLogOld"`,
  "replace the trigger function": `CREATE OR REPLACE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END; $$`,
  "drop the trigger function": `DROP FUNCTION "audit_log_is_append_only"() CASCADE`,
  "add a trigger of its own": `CREATE TRIGGER "sneaky" BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "audit_log_is_append_only"()`,
  "take ownership of the table": `ALTER TABLE "AuditLog" OWNER TO CURRENT_USER`,
  "become the owner with SET ROLE": `SET ROLE postgres`,
  "make itself superuser": `ALTER ROLE CURRENT_USER SUPERUSER`,
  "create a schema to shadow tables": `CREATE SCHEMA "sneaky"`,
  "create a table in public": `CREATE TABLE "Sneaky" (id int)`,
};

describe("the application's database role and the audit log", () => {
  let database: ProvisionedDatabase;

  beforeAll(async () => {
    database = await createProvisionedDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("appends to and reads the audit log", async () => {
    await withClient(database.appUrl, async (app) => {
      await app.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId", after) VALUES ('test.append', 'Test', 'role-probe', '{"n":1}')`);
      const rows = await app.query(`SELECT action, after FROM "AuditLog" WHERE "entityId" = 'role-probe'`);
      expect(rows.rows, "INSERT then SELECT on AuditLog as the application role").toEqual([{ action: "test.append", after: { n: 1 } }]);
    });
  });

  it.each(Object.entries(REFUSED_STATEMENTS))("may not %s", async (label, sql) => {
    await withClient(database.appUrl, async (app) => {
      const error = await errorOf(app, sql);
      expect(error, `"${label}" (${sql}) succeeded as ${database.role}`).not.toBeNull();
      expect(error?.code, `"${label}" failed for another reason: ${error?.message}`).toBe(INSUFFICIENT_PRIVILEGE);
      // Refused by the role's privileges, not by the audit log's trigger (which raises the
      // same code): the triggers are the second line, this test is about the first.
      expect(error?.message, `"${label}" was stopped only by the trigger, not by the role's privileges`).toMatch(PRIVILEGE_REFUSAL);
    });
  });

  it("leaves the audit row and both triggers as they were after every attempt", async () => {
    await withClient(database.ownerUrl, async (owner) => {
      const rows = await owner.query(`SELECT action, after FROM "AuditLog" WHERE "entityId" = 'role-probe'`);
      expect(rows.rows, "the audit row the application appended").toEqual([{ action: "test.append", after: { n: 1 } }]);
      const triggers = await owner.query<{ name: string; enabled: string }>(
        `SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger WHERE tgrelid = '"AuditLog"'::regclass AND NOT tgisinternal ORDER BY tgname`,
      );
      // "O": fires in the normal (origin) replication mode.
      expect(triggers.rows, "AuditLog's triggers").toEqual([
        { name: "AuditLog_no_truncate", enabled: "O" },
        { name: "AuditLog_no_update_or_delete", enabled: "O" },
      ]);
    });
  });

  it("does not read the migration history, which only migrations use", async () => {
    await withClient(database.appUrl, async (app) => {
      const error = await errorOf(app, `SELECT count(*) FROM "_prisma_migrations"`);
      expect(error?.code, `SELECT on _prisma_migrations as ${database.role}: ${error?.message ?? "allowed"}`).toBe(INSUFFICIENT_PRIVILEGE);
    });
  });

  describe("the application's ordinary writes", () => {
    let app: pg.Client;
    beforeAll(async () => {
      app = new pg.Client({ connectionString: database.appUrl });
      await app.connect();
    });
    afterAll(() => app?.end());

    it("inserts a family through Prisma, as the portal does", async () => {
      const db = createPrismaClient(database.appUrl);
      try {
        const family = await createCitizenWithFamily(db);
        const stored = await db.family.findUnique({ where: { id: family.family.id }, select: { id: true } });
        expect(stored, "the family written through Prisma as the application role").toEqual({ id: family.family.id });
      } finally {
        await db.$disconnect();
      }
    });

    it("draws reference numbers from the sequences the app uses", async () => {
      for (const sequence of ["application_reference_seq", "housing_certificate_number_seq"]) {
        const error = await errorOf(app, `SELECT nextval('${sequence}')`);
        expect(error, `nextval('${sequence}') as the application role: ${error?.message}`).toBeNull();
      }
    });

    it("updates and deletes rows of ordinary tables", async () => {
      const error = await errorOf(app, `WITH touched AS (UPDATE "Family" SET "updatedAt" = now() RETURNING id) SELECT count(*) FROM touched`);
      expect(error, `UPDATE "Family" as the application role: ${error?.message}`).toBeNull();
      // The privilege is checked before any row is looked at, so no row needs to go.
      const deletion = await errorOf(app, `DELETE FROM "Notification" WHERE false`);
      expect(deletion, `DELETE on "Notification" as the application role: ${deletion?.message}`).toBeNull();
    });

    it("sends a job and fetches it through pg-boss without any DDL", async () => {
      const boss = createBoss({ databaseUrl: database.appUrl, role: "sender" });
      const errors: Error[] = [];
      boss.on("error", (error) => errors.push(error));
      await boss.start();
      try {
        await ensureQueues(boss);
        const id = await boss.send(OFFERS_AFTER_PUBLISH, { versionId: "role-probe" });
        expect(id, "pg-boss send as the application role").toEqual(expect.any(String));
        const [job] = await boss.fetch(OFFERS_AFTER_PUBLISH);
        expect(job?.id, "pg-boss fetch as the application role").toBe(id);
        if (job) await boss.complete(OFFERS_AFTER_PUBLISH, job.id);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
      expect(errors.map((error) => error.message), "pg-boss errors as the application role").toEqual([]);
    });

    it("starts and stops the job worker (queues, nightly schedule, cron clock, maintenance)", async () => {
      const logged: string[] = [];
      const worker = await startJobWorker({ databaseUrl: database.appUrl, log: (line) => logged.push(line), stopTimeoutMs: 1_000 });
      await worker.stop();
      expect(logged.filter((line) => line.includes("error")), "job worker errors as the application role").toEqual([]);
      const schedules = await app.query(`SELECT name FROM pgboss.schedule`);
      expect(schedules.rows, "the nightly schedule the worker wrote as the application role").toEqual([{ name: OFFERS_NIGHTLY }]);
      // pg-boss swallows a failure to create its cron clock's own queue, after which the
      // nightly job is silently never sent: the owner must have created it at launch.
      const queues = await app.query<{ name: string }>(`SELECT name FROM pgboss.queue ORDER BY name`);
      expect(queues.rows.map((row) => row.name), "pg-boss queues present for the application role").toEqual(
        [CRON_CLOCK_QUEUE, OFFERS_AFTER_PUBLISH, OFFERS_NIGHTLY].sort(),
      );
    });
  });
});
