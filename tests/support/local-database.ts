import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Tests write and drop freely, so they refuse any database that is not on this machine. */
export function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against a non-local database (${host})`);
}

/** The URL of the run's test server with another database name. */
function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates a database of its own for a test file (so files can run in parallel without
 * seeing each other's rows), optionally migrated. Returns its URL and a drop function.
 */
export async function createIsolatedDatabase(options: { migrate: boolean }): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_SERVER_ADMIN_URL;
  if (!adminUrl) throw new Error("TEST_SERVER_ADMIN_URL is unset: run tests through vitest (npm run test:unit)");
  assertLocalDatabaseUrl(adminUrl);
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  if (options.migrate) await applyMigrations(url);
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
