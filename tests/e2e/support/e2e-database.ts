// The database of the portal under test (the embedded server tests/e2e/run.ts started),
// for specs that read a value a person would read off paper, or set up a case as it
// would arrive from elsewhere. Never used to check what the pages should show.
// Playwright's loader cannot load the generated Prisma client (an ES module), so specs
// query with pg, and setups that need the factories run as a tsx child process.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { EMBEDDED_DATABASE_NAME, embeddedPostgresUrl } from "@/lib/db/embedded-postgres-url";

export function e2eDatabaseUrl(): string {
  return embeddedPostgresUrl(Number(process.env.E2E_PG_PORT ?? "54339"), EMBEDDED_DATABASE_NAME);
}

export async function queryE2eDatabase<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs a setup script (tests/e2e/support/setup/<name>.ts) against the e2e database; returns what it prints as JSON. */
export function runE2eSetup<T>(name: string): T {
  const result = spawnSync(process.execPath, ["--import", "tsx", `tests/e2e/support/setup/${name}.ts`], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`e2e setup ${name} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "null") as T;
}
