// A fingerprint of the e2e database: for every table of the public schema, its row count
// and an md5 of all its rows in primary-key order. Two fingerprints taken around a refused
// request must be equal: that is how the security specs prove "nothing was written".
import { queryE2eDatabase } from "../../support/e2e-database";

// RateLimitBucket changes on any failed sign-in by anyone (throttling counters keyed by a
// hash, never the IIN): a refused request of another spec's sign-in would make it differ
// without any security meaning. The pgboss schema (job queue bookkeeping that workers touch
// on their own schedule) is outside "public" and so never fingerprinted.
const VOLATILE_TABLES: ReadonlySet<string> = new Set(["RateLimitBucket"]);

interface TableShape {
  table_name: string;
  primary_key: string[] | null;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function fingerprintedTables(): Promise<TableShape[]> {
  const tables = await queryE2eDatabase<TableShape>(
    `SELECT c.relname AS table_name,
            (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum))
               FROM pg_index i
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
  );
  return tables.filter((table) => !VOLATILE_TABLES.has(table.table_name));
}

function fingerprintSelect(table: TableShape): string {
  // A table without a primary key is ordered by its whole row text: still deterministic.
  const order = table.primary_key?.length ? table.primary_key.map((column) => `t.${quoteIdentifier(column)}`).join(", ") : "t::text";
  const name = table.table_name.replaceAll("'", "''");
  return `SELECT '${name}'::text AS table_name,
                 count(*)::text || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${order}), '')) AS fingerprint
            FROM public.${quoteIdentifier(table.table_name)} AS t`;
}

// The tables do not change during a run (migrations ran before the server started): the
// statement is built once per worker.
let fingerprintStatement: Promise<string> | undefined;

/** Table name → "<row count>:<md5 of all rows>", for every table of the public schema but the volatile ones. */
export async function databaseFingerprint(): Promise<Map<string, string>> {
  fingerprintStatement ??= fingerprintedTables().then((tables) => tables.map(fingerprintSelect).join("\nUNION ALL\n"));
  // One statement (one connection) for all tables: the specs take hundreds of fingerprints.
  const rows = await queryE2eDatabase<{ table_name: string; fingerprint: string }>(await fingerprintStatement);
  return new Map(rows.map((row) => [row.table_name, row.fingerprint]));
}

/** Names of the tables whose fingerprint differs (or that exist in only one of the two), sorted. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
