// `npm run bench:impact-preview`: the rules editor's impact preview over 100,000 families.
// Starts its own embedded PostgreSQL in a temporary folder, applies the migrations, seeds
// 100,000 demo families (prisma/seed, ~40 s), drafts a raise of the poverty line from
// 70 % to 80 % from tomorrow, and times the preview (read every family in batches, run
// the engine twice per family, tally per measure and district) five times.
// Target (issue 6): under 5 seconds for 100,000 families.
import { cpus } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations";
import { dateInAlmaty } from "../lib/eligibility/dates";
import { simulateImpact } from "../lib/rules/impact-simulation";
import { firstAllowedEffectiveDate } from "../lib/rules/dates";
import { findFreePort } from "../lib/runtime/free-port";
import { makeSharedTempDir } from "../lib/runtime/temp-dir";
import { seedDemoData } from "../prisma/seed/seed-demo-data";
import { writeBenchResult } from "./support/bench-result";
import type { ImpactPreviewFigures } from "./report/figure-types";

const FAMILIES = 100_000;
const RUNS = 5;
const TARGET_MS = 5_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const server = await startEmbeddedPostgres({
    dataDir: join(makeSharedTempDir("bakytty-bench-impact-"), "pg"),
    port: await findFreePort(),
    persistent: false,
  });
  const client = { current: undefined as ReturnType<typeof createPrismaClient> | undefined };
  try {
    await server.createDatabaseIfMissing("bench");
    const url = server.urlFor("bench");
    await applyMigrations(url);
    const db = createPrismaClient(url);
    client.current = db;

    const seedingStarted = performance.now();
    console.log(`Seeding ${FAMILIES.toLocaleString("en")} families…`);
    const summary = await seedDemoData(db, { families: FAMILIES, asOf: dateInAlmaty(new Date()) });
    const seedingSeconds = (performance.now() - seedingStarted) / 1000;
    console.log(`Seeded ${summary.families.toLocaleString("en")} families, ${summary.members.toLocaleString("en")} members in ${seedingSeconds.toFixed(1)} s`);
    // Fresh statistics, as autovacuum would give a database that has been running a while.
    await db.$executeRawUnsafe("ANALYZE");

    const effectiveFrom = firstAllowedEffectiveDate(new Date());
    const draft = await db.ruleSetVersion.create({
      data: {
        title: "Poverty line 80 %",
        reason: "Benchmark",
        values: { create: { key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM", effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`), value: 80 } },
      },
    });

    const peakBeforePreviews = process.resourceUsage().maxRSS;
    const durations: number[] = [];
    let families = 0;
    let gainedKindergarten = 0;
    for (let run = 1; run <= RUNS; run++) {
      const started = performance.now();
      const result = await simulateImpact(db, draft.id);
      const elapsed = performance.now() - started;
      if (!result) throw new Error("the draft has no change");
      durations.push(elapsed);
      families = result.families;
      gainedKindergarten = result.cells.filter((cell) => cell.measure === "FREE_KINDERGARTEN").reduce((sum, cell) => sum + cell.gained, 0);
      console.log(`run ${run}: ${(elapsed / 1000).toFixed(2)} s`);
    }
    const fastest = Math.min(...durations);
    const typical = median(durations);
    const slowest = Math.max(...durations);
    const cpuList = cpus();
    console.log("");
    console.log(`Impact preview, poverty line 70 % → 80 % from ${effectiveFrom}, ${families.toLocaleString("en")} families (${gainedKindergarten.toLocaleString("en")} gain free kindergarten)`);
    console.log(`  min ${(fastest / 1000).toFixed(2)} s · median ${(typical / 1000).toFixed(2)} s · max ${(slowest / 1000).toFixed(2)} s`);
    console.log(`  ${Math.round(families / (typical / 1000)).toLocaleString("en")} families/s at the median (two engine runs per family)`);
    // The seed runs in this process too and sets the peak; the growth during the previews is theirs.
    console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, seeding included; PostgreSQL runs apart); RSS after the previews ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB, peak before them ${(peakBeforePreviews / 1024).toFixed(0)} MB`);
    console.log(`  machine: ${cpuList.length} × ${cpuList[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}`);
    console.log(`  target < ${TARGET_MS / 1000} s: ${typical < TARGET_MS ? "met" : "NOT met"}`);
    writeBenchResult<ImpactPreviewFigures>("impact-preview", {
      families,
      seedingSeconds,
      runSeconds: durations.map((duration) => duration / 1000),
      minSeconds: fastest / 1000,
      medianSeconds: typical / 1000,
      maxSeconds: slowest / 1000,
      familiesPerSecondAtMedian: families / (typical / 1000),
      gainedFreeKindergarten: gainedKindergarten,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      rssAfterPreviewsMb: process.memoryUsage().rss / 1024 / 1024,
    });
    if (families !== FAMILIES) throw new Error(`expected ${FAMILIES} families, evaluated ${families}`);
  } finally {
    await client.current?.$disconnect();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
