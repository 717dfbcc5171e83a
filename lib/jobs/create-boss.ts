// One pg-boss per process, in its own PostgreSQL schema ("pgboss", created and migrated
// by the launcher as the tables' owner: lib/db/install-job-queue.ts), so the app's schema and its Prisma migrations never see
// the queue's tables. See docs/decisions/0005-job-queue.md.
import PgBoss from "pg-boss";
import { OFFERS_AFTER_PUBLISH, OFFERS_NIGHTLY } from "./job-names";

export const JOB_SCHEMA = "pgboss";

export interface BossOptions {
  databaseUrl: string;
  /** The worker supervises (maintenance, expiry) and runs the cron clock; a sender does neither. */
  role: "worker" | "sender";
  /** How often an idle worker looks for jobs; tests shorten it. */
  pollingIntervalSeconds?: number;
}

export function createBoss({ databaseUrl, role }: BossOptions): PgBoss {
  const isWorker = role === "worker";
  return new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    application_name: `bakytty-jobs-${role}`,
    max: isWorker ? 4 : 2,
    supervise: isWorker,
    schedule: isWorker,
  });
}

/**
 * Creates the queues if missing (pg-boss 10 sends and works only on existing queues).
 * A run that fails is retried twice, a minute apart; offers are idempotent, so a retry
 * after a partial run only finishes the work.
 */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const name of [OFFERS_AFTER_PUBLISH, OFFERS_NIGHTLY]) {
    await boss.createQueue(name, { name, policy: "standard", retryLimit: 2, retryDelay: 60, expireInSeconds: 30 * 60 });
  }
}
