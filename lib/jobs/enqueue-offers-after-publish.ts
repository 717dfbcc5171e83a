// Called by the rules editor right after a version is published (after its transaction
// commits): queues a proactive-offers run. The Next.js process keeps one send-only
// pg-boss (no maintenance, no cron clock), started on first use.
//
// It never throws: the publication has already happened, and if the queue cannot be
// reached the nightly run makes the same offers a few hours later. The failure is logged.
import "server-only";
import type PgBoss from "pg-boss";
import { createBoss, ensureQueues } from "./create-boss";
import { OFFERS_AFTER_PUBLISH, type OffersAfterPublishData } from "./job-names";

const globalForBoss = globalThis as unknown as { bakyttySenderBoss?: Promise<PgBoss> };

async function startSender(databaseUrl: string): Promise<PgBoss> {
  const boss = createBoss({ databaseUrl, role: "sender" });
  boss.on("error", (error) => console.error(`[jobs] queue error: ${error.message}`));
  await boss.start();
  await ensureQueues(boss);
  return boss;
}

function sender(): Promise<PgBoss> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return Promise.reject(new Error("DATABASE_URL is not set"));
  globalForBoss.bakyttySenderBoss ??= startSender(databaseUrl).catch((error: unknown) => {
    // A failed start is not cached: the next publication tries again.
    globalForBoss.bakyttySenderBoss = undefined;
    throw error;
  });
  return globalForBoss.bakyttySenderBoss;
}

/** Queues "offers.after-publish" for a published version; returns the job id, or null if it could not. */
export async function enqueueOffersAfterPublish(versionId: string): Promise<string | null> {
  try {
    const data: OffersAfterPublishData = { versionId };
    // A repeated call queues a second run, which is harmless: offers are made once per family, measure and rules version.
    return await (await sender()).send(OFFERS_AFTER_PUBLISH, data);
  } catch (error) {
    console.error(`[jobs] could not queue offers after publishing ${versionId}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Stops this process's sender (tests; the server itself just exits). */
export async function stopSender(): Promise<void> {
  const pending = globalForBoss.bakyttySenderBoss;
  globalForBoss.bakyttySenderBoss = undefined;
  if (pending) await (await pending).stop({ graceful: false, wait: true });
}
