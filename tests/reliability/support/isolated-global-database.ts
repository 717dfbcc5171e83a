// Points the app's global `db` (lib/db/client, created on first use from DATABASE_URL) at
// a database of this test file alone: concurrency and fingerprint checks must not see the
// rows or the lock waits of test files running in parallel. Call it before the first query.
import { createIsolatedDatabase } from "@/tests/support/local-database";

export interface IsolatedGlobalDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function useIsolatedGlobalDatabase(options: { poolSize: number }): Promise<IsolatedGlobalDatabase> {
  const database = await createIsolatedDatabase({ migrate: true });
  process.env.DATABASE_URL = database.url;
  // Enough connections that every concurrent request holds one of its own (and so really overlaps).
  process.env.DATABASE_POOL_SIZE = String(options.poolSize);
  return database;
}
