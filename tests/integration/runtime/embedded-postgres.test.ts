// The embedded server keeps its data across restarts, a server left running by a killed
// parent is stopped cleanly on the next start instead of failing on its lock file, and a
// server a live process runs is shared by another command instead of being stopped.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { findFreePort } from "@/lib/runtime/free-port";
import { makeSharedTempDir } from "@/lib/runtime/temp-dir";
import { existsSync, rmSync } from "node:fs";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps data across a restart and recovers from a server left running", async () => {
    const root = makeSharedTempDir("bakytty-restart-");
    const dataDir = join(root, "pg");
    const port = await findFreePort();
    try {
      const first = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      await first.createDatabaseIfMissing("keep");
      await query(first.urlFor("keep"), "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
      await first.stop();
      expect(existsSync(join(dataDir, "postmaster.pid"))).toBe(false);

      const second = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      expect(await query(second.urlFor("keep"), "SELECT n FROM kept")).toEqual([{ n: 42 }]);
      // Simulate a parent that died without stopping its server: start again while it runs.
      const third = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      expect(await query(third.urlFor("keep"), "SELECT n FROM kept")).toEqual([{ n: 42 }]);
      // Another command (npm run db:seed while npm run dev runs) shares the running server
      // and leaves it running when it finishes.
      const child = spawnSync(process.execPath, ["--import", "tsx", "tests/support/start-embedded-postgres-child.ts", dataDir, String(port)], { encoding: "utf8", timeout: 60_000 });
      expect(child.stderr).toBe("");
      expect(child.stdout.trim()).toBe(JSON.stringify([{ n: 42 }]));
      expect(await query(third.urlFor("keep"), "SELECT n FROM kept")).toEqual([{ n: 42 }]);
      await third.stop();
      await second.stop().catch(() => {});
      expect(existsSync(join(dataDir, "postmaster.pid"))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
