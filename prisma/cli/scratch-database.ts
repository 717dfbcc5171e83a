// A database for tooling that needs one only briefly: DATABASE_URL when set,
// otherwise a temporary embedded PostgreSQL that is deleted afterwards.
import { join } from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { findFreePort } from "@/lib/runtime/free-port";
import { makeSharedTempDir } from "@/lib/runtime/temp-dir";

export async function withScratchDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const server = await startEmbeddedPostgres({
    dataDir: join(makeSharedTempDir("bakytty-scratch-"), "pg"),
    port: await findFreePort(),
    persistent: false,
  });
  try {
    return await work(server.urlFor("postgres"));
  } finally {
    await server.stop();
  }
}
