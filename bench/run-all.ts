// `npm run bench`: every benchmark, then docs/benchmarks.md regenerated from their figures.
// 1. the engine, payment-run, queue-page and impact-preview benches, each as its own
//    process (each starts its own PostgreSQL) writing its figures as JSON;
// 2. one `next start` with BENCH_FAMILIES (100,000) seeded families: the HTTP load, the
//    burst of submissions and Lighthouse, one after the other on the same server;
// 3. JavaScript per route of the production build;
// 4. the report. Exits non-zero when a benchmark crashed (wrote no figures), not when a
//    target is missed: a missed target is reported in the document.
// BENCH_ONLY=http-load,lighthouse,… runs a subset (for development; the report says what
// was not run); BENCH_OUTPUT writes the report elsewhere than docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runHttpBenches } from "./http-load.bench";
import { runLighthouseBench } from "./lighthouse.bench";
import { writeReport, type BenchName, type Outcome } from "./report/write-report";
import { measureRouteJsSizes, ROUTE_JS_BUDGET_BYTES } from "./route-js-size";
import { writeBenchResult } from "./support/bench-result";
import { readKnobs } from "./support/knobs";
import { describeMachine } from "./support/machine";
import { ensureProductionBuild } from "./support/portal-server";
import { withPortal } from "./support/with-portal";
import type { RouteJsSizeFigures } from "./report/figure-types";

const CHILD_BENCHES = ["engine", "payment-run", "queue-page", "impact-preview"] as const satisfies readonly BenchName[];
const ALL: readonly BenchName[] = [...CHILD_BENCHES, "http-load", "lighthouse", "route-js-size"];

function selected(): Set<BenchName> {
  const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim()).filter(Boolean);
  if (!only?.length) return new Set(ALL);
  const unknown = only.filter((name) => !ALL.includes(name as BenchName));
  if (unknown.length) throw new Error(`BENCH_ONLY names unknown benchmarks: ${unknown.join(", ")} (known: ${ALL.join(", ")})`);
  return new Set(only as BenchName[]);
}

function banner(text: string): void {
  console.log(`\n=== ${text} (${new Date().toISOString()}) ===`);
}

/** Runs `work`, recording "ran" or "crashed" (with the error printed) for `names`. */
async function attempt(outcomes: Partial<Record<BenchName, Outcome>>, names: BenchName[], work: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await work();
    for (const name of names) outcomes[name] ??= "ran";
  } catch (error) {
    console.error(`${names.join(", ")} crashed:`, error);
    for (const name of names) outcomes[name] = "crashed";
  }
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const machineAtStart = describeMachine();
  const chosen = selected();
  const resultsDir = mkdtempSync(join(tmpdir(), "bakytty-bench-results-"));
  // The benches in this process and the child processes write their figures here.
  process.env.BENCH_RESULTS_DIR = resultsDir;
  const outcomes: Partial<Record<BenchName, Outcome>> = Object.fromEntries(ALL.filter((name) => !chosen.has(name)).map((name) => [name, "skipped"]));
  try {
    ensureProductionBuild();
    for (const name of CHILD_BENCHES.filter((bench) => chosen.has(bench))) {
      banner(`bench/${name}.bench.ts`);
      const run = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, `${name}.bench.ts`)], { stdio: "inherit", env: process.env });
      // Figures written = the bench ran; its exit code may only report a missed target.
      const wrote = existsSync(join(resultsDir, `${name}.json`));
      outcomes[name] = wrote ? "ran" : "crashed";
      if (!wrote) console.error(`bench/${name}.bench.ts wrote no figures (exit ${run.status ?? run.signal})`);
    }

    const portalParts = (["http-load", "lighthouse"] as const).filter((name) => chosen.has(name));
    if (portalParts.length) {
      const knobs = readKnobs();
      banner(`portal benches (${portalParts.join(", ")}) with ${knobs.families.toLocaleString("en")} families`);
      await attempt(outcomes, [...portalParts], () =>
        withPortal(knobs.families, async (portal, browser) => {
          if (chosen.has("http-load")) await attempt(outcomes, ["http-load"], () => runHttpBenches(portal, browser));
          if (chosen.has("lighthouse")) await attempt(outcomes, ["lighthouse"], () => runLighthouseBench(portal, browser));
        }),
      );
    }

    if (chosen.has("route-js-size")) {
      banner("JavaScript per route");
      await attempt(outcomes, ["route-js-size"], () =>
        writeBenchResult<RouteJsSizeFigures>("route-js-size", { routes: measureRouteJsSizes(), budgetBytes: ROUTE_JS_BUDGET_BYTES }),
      );
    }

    const outputPath = process.env.BENCH_OUTPUT ?? join(process.cwd(), "docs", "benchmarks.md");
    const { checks } = writeReport({ resultsDir, outputPath, startedAt, finishedAt: new Date(), machineAtStart, machineAtEnd: describeMachine(), outcomes });
    const missed = checks.filter((check) => !check.pass);
    banner(`report written to ${outputPath}`);
    console.log(`${checks.length - missed.length} of ${checks.length} targets met; ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s end to end`);
    for (const check of missed) console.log(`  missed: ${check.area} — ${check.figure}: ${check.value} (target ${check.target})`);
    const crashed = Object.entries(outcomes).filter(([, outcome]) => outcome === "crashed").map(([name]) => name);
    if (crashed.length) {
      console.error(`crashed: ${crashed.join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
