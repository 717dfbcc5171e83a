// pg-boss creates and migrates its schema ("pgboss") when it starts, and creating a queue
// creates a partition table. Both are DDL, which the application role may not do, so the
// launcher runs them as the owner before the role's grants are applied; the worker and
// Next.js then find the schema current and the queues present, and only read and write rows.
import { createBoss, ensureQueues } from "@/lib/jobs/create-boss";

/** Installs or migrates pg-boss's schema and creates the portal's queues, as the owner at `ownerUrl`. */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  // Started as a worker, not a sender: the cron clock creates pg-boss's own internal queue
  // on start, which the application role could not (a queue is a partition table).
  const boss = createBoss({ databaseUrl: ownerUrl, role: "worker" });
  const errors: Error[] = [];
  boss.on("error", (error) => errors.push(error));
  await boss.start();
  try {
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (errors[0]) throw errors[0];
}
