// Reliability: twenty submissions of one application at once submit it exactly once (the
// other nineteen hear a typed "already submitted", never a 500), and twenty submissions of
// twenty applications at once all land. Runs on a database of its own with a pool large
// enough that every request holds its own connection; a lock held on the draft makes all
// twenty wait together at the guarded update, so the overlap is proven, not hoped for.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitApplication, type SubmitResult } from "@/lib/applications/drafts/submit-application";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { TEST_NOW, useTemporaryOutbox, type ApplyTestFamily } from "../integration/applications/support/apply-test-family";
import { useIsolatedGlobalDatabase, type IsolatedGlobalDatabase } from "./support/isolated-global-database";
import { waitForLockWaiters } from "./support/lock-waiters";
import { readyDraft } from "./support/ready-draft";

const CONCURRENT = 20;
let database: IsolatedGlobalDatabase;
let outbox: string;

async function writtenFor(applicationIds: string[]) {
  return {
    submitted: await db.application.count({ where: { id: { in: applicationIds }, status: "SUBMITTED" } }),
    timelineEvents: await db.timelineEvent.count({ where: { applicationId: { in: applicationIds }, type: "SUBMITTED" } }),
    auditEntries: await db.auditLog.count({ where: { action: "application.submit", entityId: { in: applicationIds } } }),
  };
}

/** A settled submission as a word the assertion can name: the result kind, the AppError code, or the unexpected error. */
function outcomeOf(settled: PromiseSettledResult<SubmitResult>): string {
  if (settled.status === "fulfilled") return settled.value.kind;
  return isAppError(settled.reason) ? `AppError:${settled.reason.code}` : `unexpected:${String(settled.reason)}`;
}

beforeAll(async () => {
  database = await useIsolatedGlobalDatabase({ poolSize: CONCURRENT + 5 });
  outbox = useTemporaryOutbox();
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("concurrent submissions", () => {
  it(`${CONCURRENT} submissions of the same application at once: one submitted, one timeline event, one audit entry, ${CONCURRENT - 1} typed answers`, async () => {
    const { family, draftId } = await readyDraft(outbox);
    const actor = family.actor;

    // Another connection locks the Consent table: every submission has read the draft (all
    // the same version) and queues on its consent check, outside any transaction (so no
    // transaction timeout runs); released, all twenty race for the guarded update together.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    let results: PromiseSettledResult<SubmitResult>[];
    try {
      await holder.query("BEGIN");
      await holder.query(`LOCK TABLE "Consent" IN ACCESS EXCLUSIVE MODE`);
      const submissions = Array.from({ length: CONCURRENT }, () => submitApplication(actor, draftId, { now: TEST_NOW }));
      try {
        await waitForLockWaiters(holder, CONCURRENT, "same-application submissions");
      } finally {
        await holder.query("COMMIT");
      }
      results = await Promise.allSettled(submissions);
    } finally {
      await holder.end();
    }

    const outcomes = results.map(outcomeOf);
    expect(outcomes.filter((outcome) => outcome === "submitted"), `outcomes: ${outcomes.join(", ")}`).toHaveLength(1);
    // The losers are told, typed, that it went through (the action shows its confirmation).
    expect(outcomes.filter((outcome) => outcome !== "submitted"), "every losing submission's outcome").toEqual(Array(CONCURRENT - 1).fill("already-submitted"));
    expect(await writtenFor([draftId]), "rows written for the application").toEqual({ submitted: 1, timelineEvents: 1, auditEntries: 1 });
    expect((await db.application.findUniqueOrThrow({ where: { id: draftId } })).version, "the draft's version after one submission").toBe(2);
  }, 90_000);

  it(`${CONCURRENT} submissions of ${CONCURRENT} different applications at once: all ${CONCURRENT} stored`, async () => {
    const drafts: { family: ApplyTestFamily; draftId: string }[] = [];
    for (let index = 0; index < CONCURRENT; index += 1) drafts.push(await readyDraft(outbox));

    const results = await Promise.allSettled(drafts.map(({ family, draftId }) => submitApplication(family.actor, draftId, { now: TEST_NOW })));

    results.forEach((result, index) => expect(outcomeOf(result), `submission of application ${drafts[index]?.draftId}`).toBe("submitted"));
    const ids = drafts.map(({ draftId }) => draftId);
    expect(await writtenFor(ids), "rows written for the twenty applications").toEqual({ submitted: CONCURRENT, timelineEvents: CONCURRENT, auditEntries: CONCURRENT });
    const references = await db.application.findMany({ where: { id: { in: ids } }, select: { reference: true } });
    expect(new Set(references.map(({ reference }) => reference)).size, "distinct references").toBe(CONCURRENT);
  }, 90_000);
});
