// The application role is what its name says: no superuser or other role attributes, owner
// of nothing, and the launcher's own check (findApplicationRoleProblems) agrees — while it
// does name the problems of the superuser the tests connect as, so the check can fail.
// Provisioning again (every start of the launcher) is harmless, also twice at once, and
// covers tables a migration adds later.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provisionApplicationRole } from "@/lib/db/application-role";
import { ensureApplicationRolePassword } from "@/lib/db/application-role-login";
import { findApplicationRoleProblems } from "@/lib/db/application-role-problems";
import { createProvisionedDatabase, errorOf, withClient, type ProvisionedDatabase } from "./support/provisioned-database";

describe("the application role's privileges", () => {
  let database: ProvisionedDatabase;

  beforeAll(async () => {
    database = await createProvisionedDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("has no role attribute beyond LOGIN and is nobody's member", async () => {
    await withClient(database.ownerUrl, async (owner) => {
      const result = await owner.query(
        `SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolreplication, rolcanlogin,
                (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
           FROM pg_roles r WHERE rolname = $1`,
        [database.role],
      );
      expect(result.rows, `pg_roles of ${database.role}`).toEqual([
        { rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false, rolreplication: false, rolcanlogin: true, memberships: 0 },
      ]);
    });
  });

  it("owns no table, sequence, function, type, schema or database", async () => {
    await withClient(database.ownerUrl, async (owner) => {
      const result = await owner.query<{ owned: string }>(
        `WITH r AS (SELECT oid FROM pg_roles WHERE rolname = $1)
         SELECT 'relation ' || relname AS owned FROM pg_class, r WHERE relowner = r.oid
         UNION ALL SELECT 'function ' || proname FROM pg_proc, r WHERE proowner = r.oid
         UNION ALL SELECT 'type ' || typname FROM pg_type, r WHERE typowner = r.oid
         UNION ALL SELECT 'schema ' || nspname FROM pg_namespace, r WHERE nspowner = r.oid
         UNION ALL SELECT 'database ' || datname FROM pg_database, r WHERE datdba = r.oid`,
        [database.role],
      );
      expect(result.rows.map((row) => row.owned), `objects owned by ${database.role}`).toEqual([]);
    });
  });

  it("passes the launcher's check, which names the problems of a superuser", async () => {
    expect(await findApplicationRoleProblems(database.appUrl), `problems of ${database.role}`).toEqual([]);
    const ownerProblems = await findApplicationRoleProblems(database.ownerUrl);
    expect(ownerProblems, "problems of the superuser").toEqual(
      expect.arrayContaining([`role "postgres" is a superuser`, `the connected role owns table public.AuditLog`, `the connected role has UPDATE on AuditLog`]),
    );
  });

  it("survives provisioning again, twice at once, with the same password (a restart)", async () => {
    const again = { role: database.role, login: { password: database.password, mode: "create-or-update" as const } };
    await Promise.all([provisionApplicationRole(database.ownerUrl, again), provisionApplicationRole(database.ownerUrl, again)]);
    await withClient(database.appUrl, async (app) => {
      const error = await errorOf(app, `INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('test.restart', 'Test', 'restart')`);
      expect(error, `INSERT into AuditLog after provisioning again: ${error?.message}`).toBeNull();
      const update = await errorOf(app, `UPDATE "AuditLog" SET action = 'changed'`);
      expect(update?.code, "UPDATE on AuditLog after provisioning again").toBe("42501");
    });
  });

  it("leaves an existing role's password alone when told the operator manages it", async () => {
    await provisionApplicationRole(database.ownerUrl, { role: database.role, login: { password: "another-password", mode: "create-if-missing" } });
    const problems = await findApplicationRoleProblems(database.appUrl);
    expect(problems, "the role still signs in with its own password").toEqual([]);
  });

  it("covers a table a later migration adds, and an append-only one stays append-only", async () => {
    await withClient(database.ownerUrl, (owner) => owner.query(`CREATE TABLE "LaterMigrationProbe" (id serial PRIMARY KEY, note text)`));
    await withClient(database.appUrl, async (app) => {
      const beforeRestart = await errorOf(app, `INSERT INTO "LaterMigrationProbe" (note) VALUES ('default privileges')`);
      expect(beforeRestart, `INSERT into a new table before the next start: ${beforeRestart?.message}`).toBeNull();
    });
    await provisionApplicationRole(database.ownerUrl, { role: database.role, login: null });
    await withClient(database.appUrl, async (app) => {
      const afterRestart = await errorOf(app, `UPDATE "LaterMigrationProbe" SET note = 'after the next start'`);
      expect(afterRestart, `UPDATE of a new table after the next start: ${afterRestart?.message}`).toBeNull();
      const audit = await errorOf(app, `DELETE FROM "AuditLog"`);
      expect(audit?.code, "DELETE on AuditLog after the grants were re-applied").toBe("42501");
    });
  });
});

describe("the application role's password file", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "bakytty-role-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is generated once, readable only by its owner, and reused by the next start", () => {
    const first = ensureApplicationRolePassword(dataDir);
    expect(first, "generated password").toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(ensureApplicationRolePassword(dataDir), "password on the second start").toBe(first);
    expect(statSync(join(dataDir, "database-app-password")).mode & 0o777, "password file mode").toBe(0o600);
  });
});
