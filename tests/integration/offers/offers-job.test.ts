// The job queue runs the offers: a job sent the way the rules editor sends it is picked
// up by the worker and its offers are in the database; the worker process stops cleanly
// on SIGTERM. pg-boss runs against a database of its own (its "pgboss" schema included).
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueOffersAfterPublish, stopSender } from "@/lib/jobs/enqueue-offers-after-publish";
import { NIGHTLY_CRON, NIGHTLY_TIME_ZONE, OFFERS_AFTER_PUBLISH, OFFERS_NIGHTLY } from "@/lib/jobs/job-names";
import { startJobWorker, type JobWorker } from "@/lib/jobs/start-job-worker";
import { createLargeFamily, offersFor, publishPovertyLine, useOwnDatabase } from "./support/offer-test-database";

let database: { url: string; drop(): Promise<void> };
let worker: JobWorker | undefined;

async function waitForJob(jobId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await worker!.boss.getJobById(OFFERS_AFTER_PUBLISH, jobId);
    if (job && (job.state === "completed" || job.state === "failed")) return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job?.state ?? "missing"} after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe("the offers job", () => {
  beforeAll(async () => {
    database = await useOwnDatabase();
  });

  afterAll(async () => {
    await stopSender();
    await worker?.stop();
    await db.$disconnect();
    await database.drop();
  });

  it("runs findAndSendOffers when offers.after-publish is sent", async () => {
    const family = await createLargeFamily({ fatherIncomeTenge: 240_000 });
    worker = await startJobWorker({ databaseUrl: database.url, pollingIntervalSeconds: 0.5, stopTimeoutMs: 5_000 });
    const versionId = await publishPovertyLine(80);

    const jobId = await enqueueOffersAfterPublish(versionId);
    expect(jobId).toEqual(expect.any(String));
    const job = await waitForJob(jobId!, 20_000);
    expect(job.state).toBe("completed");
    expect(job.output).toMatchObject({ reason: "after-publish", families: 1 });

    const offers = await offersFor(family.familyId, "UTILITIES_COMPENSATION");
    expect(offers).toHaveLength(1);
    expect(offers[0]!.notificationId).not.toBeNull();
  });

  it("schedules the nightly run at 02:00 Almaty time, in pg-boss's own schema", async () => {
    const schedules = await worker!.boss.getSchedules();
    expect(schedules).toEqual([expect.objectContaining({ name: OFFERS_NIGHTLY, cron: NIGHTLY_CRON, timezone: NIGHTLY_TIME_ZONE })]);
    const tables = await db.$queryRaw<{ schema: string }[]>`SELECT DISTINCT table_schema AS schema FROM information_schema.tables WHERE table_name = 'job'`;
    expect(tables).toEqual([{ schema: "pgboss" }]);
  });

  it("the worker process exits cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", resolve("lib/jobs/worker.ts")], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    const deadline = Date.now() + 30_000;
    while (!output.includes("job worker started")) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`worker did not start: ${output}`);
      await new Promise((done) => setTimeout(done, 100));
    }
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("job worker stopped");
  }, 60_000);
});
