// The job worker: creates the queues, schedules the nightly run and works both offer
// jobs with one Prisma client of its own. stop() lets a running job finish first.
import type PgBoss from "pg-boss";
import { createPrismaClient } from "@/lib/db/create-client";
import { findAndSendOffers, type OffersRunReason, type OffersRunResult } from "@/lib/offers/find-and-send-offers";
import { createBoss, ensureQueues } from "./create-boss";
import { NIGHTLY_CRON, NIGHTLY_TIME_ZONE, OFFERS_AFTER_PUBLISH, OFFERS_NIGHTLY, type OffersAfterPublishData } from "./job-names";

export interface JobWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface JobWorkerOptions {
  databaseUrl: string;
  log?: (line: string) => void;
  pollingIntervalSeconds?: number;
  /** How long stop() waits for a running job before giving up on it (pg-boss retries it later). */
  stopTimeoutMs?: number;
}

export async function startJobWorker({ databaseUrl, log = () => {}, pollingIntervalSeconds = 2, stopTimeoutMs = 30_000 }: JobWorkerOptions): Promise<JobWorker> {
  const db = createPrismaClient(databaseUrl);
  const boss = createBoss({ databaseUrl, role: "worker" });
  boss.on("error", (error) => log(`job queue error: ${error.message}`));
  await boss.start();
  try {
    await ensureQueues(boss);
    await boss.schedule(OFFERS_NIGHTLY, NIGHTLY_CRON, {}, { tz: NIGHTLY_TIME_ZONE });

    const runOffers = async (reason: OffersRunReason, detail: string): Promise<OffersRunResult> => {
      const result = await findAndSendOffers({ now: new Date(), reason, db });
      log(`offers (${reason}${detail}): ${result.families} families, ${result.offersCreated} new offers, ${(result.durationMs / 1000).toFixed(2)} s`);
      return result;
    };
    // The result is stored as the job's output, so a run can be inspected in the queue.
    await boss.work<OffersAfterPublishData>(OFFERS_AFTER_PUBLISH, { pollingIntervalSeconds }, async ([job]) =>
      runOffers("after-publish", job ? `, version ${job.data.versionId}` : ""),
    );
    await boss.work(OFFERS_NIGHTLY, { pollingIntervalSeconds }, async () => runOffers("nightly", ""));
  } catch (error) {
    await boss.stop({ graceful: false, wait: true });
    await db.$disconnect();
    throw error;
  }

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: stopTimeoutMs });
      await db.$disconnect();
    },
  };
}
