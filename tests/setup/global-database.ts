// Vitest global setup: one real PostgreSQL (the embedded server) per test run, in a
// temporary folder, with a fresh database built from the committed migrations.
// Tests read DATABASE_URL; the server and its files are removed when the run ends.
import { join } from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { findFreePort } from "@/lib/runtime/free-port";
import { makeSharedTempDir } from "@/lib/runtime/temp-dir";
import { assertLocalDatabaseUrl } from "../support/local-database";

let server: EmbeddedServer | undefined;

export async function setup() {
  server = await startEmbeddedPostgres({
    dataDir: join(makeSharedTempDir("bakytty-test-"), "pg"),
    port: await findFreePort(),
    persistent: false,
  });
  const database = `test_${process.pid}`;
  await server.createDatabaseIfMissing(database);
  const url = server.urlFor(database);
  assertLocalDatabaseUrl(url);
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  // Tests that need a database of their own create it beside this one.
  process.env.TEST_SERVER_ADMIN_URL = server.urlFor("postgres");
}

export async function teardown() {
  await server?.stop();
}
