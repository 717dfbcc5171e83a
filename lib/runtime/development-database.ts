// The database a command works on: DATABASE_URL when set (nothing is started), otherwise
// the embedded development server in the git-ignored data folder, whose data survive restarts.
import { resolve } from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { EMBEDDED_DATABASE_NAME } from "@/lib/db/embedded-postgres-url";
import { parseEnv, type Env } from "@/lib/env";

export interface DevelopmentDatabase {
  url: string;
  isEmbedded: boolean;
  stop(): Promise<void>;
}

export async function startDevelopmentDatabase(
  env: Env = parseEnv(),
  log: (line: string) => void = () => {},
): Promise<DevelopmentDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: resolve(env.APP_DATA_DIR, "postgres"),
    port: env.EMBEDDED_PG_PORT,
    persistent: true,
    log,
  });
  await server.createDatabaseIfMissing(EMBEDDED_DATABASE_NAME);
  return { url: server.urlFor(EMBEDDED_DATABASE_NAME), isEmbedded: true, stop: () => server.stop() };
}

/** Runs `work` with the database, stopping an embedded server afterwards. */
export async function withDevelopmentDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const database = await startDevelopmentDatabase();
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}
