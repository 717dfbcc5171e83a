// The job worker process, started by the launcher (lib/runtime/launch.ts) beside Next.js
// with the same DATABASE_URL. On SIGTERM or SIGINT it stops taking jobs, lets a running
// one finish, closes its connections and exits 0; the launcher waits for that before it
// stops PostgreSQL.
import { startJobWorker } from "./start-job-worker";

function log(message: string) {
  console.log(`[jobs] ${message}`);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the launcher passes it to the job worker");
  const worker = await startJobWorker({ databaseUrl, log });
  log("job worker started (offers after each rules publication, and nightly at 02:00 Almaty)");

  let stopping = false;
  const stop = async () => {
    // Ctrl-C signals the whole process group and the launcher then sends SIGTERM: stop once.
    if (stopping) return;
    stopping = true;
    try {
      await worker.stop();
      log("job worker stopped");
      process.exit(0);
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[jobs] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
