// What a database connection could do beyond what the application needs, as the launcher
// checks it before starting Next.js and the job worker (docs/decisions/0006). Each problem is
// one way the connected role could alter the audit log or the schema, named so an operator
// knows what to change.
import pg from "pg";
import { APPEND_ONLY_TABLES } from "./application-role";

interface RoleRow {
  name: string;
  rolsuper: boolean;
  rolbypassrls: boolean;
  rolcreaterole: boolean;
  rolcreatedb: boolean;
  rolreplication: boolean;
  owns_database: boolean;
}

/** Problems of the role `url` signs in as; an empty list means least privilege. */
export async function findApplicationRoleProblems(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return [...(await attributeProblems(client)), ...(await ownershipProblems(client)), ...(await appendOnlyProblems(client))];
  } finally {
    await client.end();
  }
}

async function attributeProblems(client: pg.Client): Promise<string[]> {
  const result = await client.query<RoleRow>(`
    SELECT r.rolname AS name, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, r.rolreplication,
           EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database() AND pg_has_role(current_user, d.datdba, 'USAGE')) AS owns_database
      FROM pg_roles r WHERE r.rolname = current_user`);
  const role = result.rows[0];
  if (!role) return ["the connected role was not found in pg_roles"];
  const problems: string[] = [];
  // SUPERUSER can disable triggers and set session_replication_role; the rest lead there.
  if (role.rolsuper) problems.push(`role "${role.name}" is a superuser`);
  if (role.rolbypassrls) problems.push(`role "${role.name}" has BYPASSRLS`);
  if (role.rolcreaterole) problems.push(`role "${role.name}" has CREATEROLE (it could grant itself other roles)`);
  if (role.rolcreatedb) problems.push(`role "${role.name}" has CREATEDB`);
  if (role.rolreplication) problems.push(`role "${role.name}" has REPLICATION`);
  // The database's owner owns schema "public" (pg_database_owner) and may drop it with every table in it.
  if (role.owns_database) problems.push(`role "${role.name}" owns the database`);
  return problems;
}

async function ownershipProblems(client: pg.Client): Promise<string[]> {
  // pg_has_role(…, 'USAGE') also counts ownership through membership of the owning role.
  const result = await client.query<{ kind: string; name: string }>(`
    SELECT 'schema' AS kind, n.nspname AS name FROM pg_namespace n
     WHERE pg_has_role(current_user, n.nspowner, 'USAGE') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
    UNION ALL
    SELECT 'table', n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE pg_has_role(current_user, c.relowner, 'USAGE') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
    UNION ALL
    SELECT 'function', n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE pg_has_role(current_user, p.proowner, 'USAGE') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
    UNION ALL
    SELECT 'enum type', n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE t.typtype = 'e' AND pg_has_role(current_user, t.typowner, 'USAGE') AND n.nspname NOT LIKE 'pg\\_%'
    ORDER BY 1, 2`);
  return result.rows.map((row) => `the connected role owns ${row.kind} ${row.name}`);
}

async function appendOnlyProblems(client: pg.Client): Promise<string[]> {
  const problems: string[] = [];
  for (const table of APPEND_ONLY_TABLES) {
    const result = await client.query<{ privilege: string }>(
      `SELECT privilege FROM unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES']) AS privilege
        WHERE to_regclass($1) IS NOT NULL AND has_table_privilege(current_user, to_regclass($1), privilege)`,
      [`public.${client.escapeIdentifier(table)}`],
    );
    problems.push(...result.rows.map((row) => `the connected role has ${row.privilege} on ${table}`));
  }
  return problems;
}
