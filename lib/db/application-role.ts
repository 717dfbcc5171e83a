// The least-privilege PostgreSQL role the portal runs as (docs/decisions/0006). Migrations,
// the seed and the CLI commands connect as the owner of the tables; Next.js and the job
// worker connect as this role, which may read and write rows but owns nothing, so it cannot
// disable, drop or replace the triggers that keep the audit log append-only.
//
// Provisioning is run by the owner at every start, after migrations: the grants are applied
// again each time, so tables added by a migration are covered without anyone remembering to.
import pg from "pg";

/** The role the launcher creates on the embedded server. */
export const APPLICATION_ROLE = "bakytty_app";

/** Tables the application may read and append to, never change: the triggers are the second line. */
export const APPEND_ONLY_TABLES = ["AuditLog"] as const;

/** Tables only migrations touch: the application has no business reading the migration history. */
export const OWNER_ONLY_TABLES = ["_prisma_migrations"] as const;

/** pg-boss's schema (lib/jobs/create-boss.ts JOB_SCHEMA); created and migrated by the owner at launch. */
export const JOB_QUEUE_SCHEMA = "pgboss";

const TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE";
const SEQUENCE_PRIVILEGES = "USAGE, SELECT, UPDATE";

export interface ProvisionOptions {
  /** The role's name (a plain lower-case identifier). */
  role: string;
  /**
   * "create-or-update": the role is created if missing, and its attributes and password are
   * set again if it exists (the embedded server, where the launcher owns the password file).
   * "create-if-missing": an existing role is left as the operator made it (an external server).
   */
  login: { password: string; mode: "create-or-update" | "create-if-missing" } | null;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates (if asked) and grants the application role on the database at `ownerUrl`; idempotent and safe to run concurrently. */
export async function provisionApplicationRole(ownerUrl: string, options: ProvisionOptions): Promise<void> {
  if (!ROLE_NAME.test(options.role)) throw new Error(`Invalid application role name: ${options.role}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Two launchers on one database (or a launcher and a test) would otherwise collide on
    // GRANT ("tuple concurrently updated"); the lock ends with the transaction.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('bakytty.application-role'))");
    // Revoking from the owner itself would take away what migrations need.
    const me = await client.query<{ name: string }>("SELECT current_user AS name");
    if (me.rows[0]?.name === options.role) throw new Error(`The application role must not be the owner's role (${options.role}): give the app a role of its own`);
    if (options.login) await ensureLoginRole(client, options.role, options.login);
    await grantPublicSchema(client, options.role);
    await grantJobQueueSchema(client, options.role);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function ensureLoginRole(client: pg.Client, role: string, login: NonNullable<ProvisionOptions["login"]>): Promise<void> {
  const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const exists = (found.rowCount ?? 0) > 0;
  if (exists && login.mode === "create-if-missing") return;
  // Spelled out rather than left to defaults, so an existing role with a stray attribute is put right.
  const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT";
  const statement = exists ? "ALTER ROLE" : "CREATE ROLE";
  await client.query(`${statement} ${client.escapeIdentifier(role)} WITH ${attributes} PASSWORD ${client.escapeLiteral(login.password)}`);
}

async function grantPublicSchema(client: pg.Client, role: string): Promise<void> {
  const who = client.escapeIdentifier(role);
  const database = await client.query<{ name: string }>("SELECT current_database() AS name");
  const databaseName = client.escapeIdentifier(database.rows[0]?.name ?? "");
  await client.query(`GRANT CONNECT ON DATABASE ${databaseName} TO ${who}`);
  // PostgreSQL 15+ already withholds CREATE on "public" from everyone; older servers (an
  // operator's) do not, and CREATE there would let the role plant functions and tables.
  await client.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
  await client.query(`GRANT USAGE ON SCHEMA public TO ${who}`);
  // Revoked first, so a table later made append-only (or owner-only) really loses the rest.
  await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`);
  await client.query(`GRANT ${TABLE_PRIVILEGES} ON ALL TABLES IN SCHEMA public TO ${who}`);
  for (const table of await existingTables(client, "public", OWNER_ONLY_TABLES)) {
    await client.query(`REVOKE ALL ON TABLE ${client.escapeIdentifier(table)} FROM ${who}`);
  }
  for (const table of await existingTables(client, "public", APPEND_ONLY_TABLES)) {
    await client.query(`REVOKE UPDATE, DELETE ON TABLE ${client.escapeIdentifier(table)} FROM ${who}`);
  }
  await client.query(`GRANT ${SEQUENCE_PRIVILEGES} ON ALL SEQUENCES IN SCHEMA public TO ${who}`);
  // Tables a migration creates while the portal runs (`npm run db:migrate` beside `npm run dev`)
  // are usable at once; the next start re-applies the exceptions above.
  await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${TABLE_PRIVILEGES} ON TABLES TO ${who}`);
  await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${SEQUENCE_PRIVILEGES} ON SEQUENCES TO ${who}`);
}

/**
 * pg-boss's tables belong to the owner too (installed by lib/db/install-job-queue.ts before
 * this runs); the role gets rows only. A queue's partition table is created by the owner
 * when the launcher creates the queue, so the role never needs DDL there either.
 */
async function grantJobQueueSchema(client: pg.Client, role: string): Promise<void> {
  const found = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [JOB_QUEUE_SCHEMA]);
  if ((found.rowCount ?? 0) === 0) return;
  const who = client.escapeIdentifier(role);
  const schema = client.escapeIdentifier(JOB_QUEUE_SCHEMA);
  await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${who}`);
  await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${who}`);
  await client.query(`GRANT ${TABLE_PRIVILEGES} ON ALL TABLES IN SCHEMA ${schema} TO ${who}`);
  await client.query(`GRANT ${SEQUENCE_PRIVILEGES} ON ALL SEQUENCES IN SCHEMA ${schema} TO ${who}`);
  await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${who}`);
  await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT ${TABLE_PRIVILEGES} ON TABLES TO ${who}`);
  await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT ${SEQUENCE_PRIVILEGES} ON SEQUENCES TO ${who}`);
}

async function existingTables(client: pg.Client, schema: string, names: readonly string[]): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = ANY($2::text[])",
    [schema, [...names]],
  );
  return result.rows.map((row) => row.name);
}
