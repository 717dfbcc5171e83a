// Empties a local database for a fresh seed. The audit log refuses DELETE and TRUNCATE
// (by trigger, on purpose), so the only way to empty it is to drop the whole schema and
// apply the migrations again. Refused for any database that is not on this machine.
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True when the URL's host is this machine (localhost, 127.0.0.1 or ::1). */
export function isLocalDatabaseUrl(databaseUrl: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(databaseUrl).hostname);
  } catch {
    return false;
  }
}

export function assertLocalDatabaseUrl(databaseUrl: string): void {
  if (!isLocalDatabaseUrl(databaseUrl)) {
    const host = (() => {
      try {
        return new URL(databaseUrl).hostname;
      } catch {
        return "an unreadable URL";
      }
    })();
    throw new Error(`Refusing to reset the database on ${host}: only local databases (localhost, 127.0.0.1, ::1) can be reset`);
  }
}

/** Drops every table (DROP SCHEMA public CASCADE), recreates the schema and applies the migrations. */
export async function resetDatabase(databaseUrl: string): Promise<string[]> {
  assertLocalDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end();
  }
  return applyMigrations(databaseUrl);
}

/** How many users the database holds (0 for an empty, migrated database). */
export async function countUsers(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>('SELECT count(*) AS count FROM "User"');
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}
