// `npm run bench:http`: `next start` with 100,000 seeded families (BENCH_FAMILIES), then
// the page and submit-action loads (bench/http-load.ts) and the burst of 1,000
// submissions (bench/submit-burst.ts) on the same server. Prints the figures; with
// BENCH_RESULTS_DIR set, also writes them as http-load.json (bench/run-all.ts reads it).
// Development sizes: BENCH_FAMILIES=2000 BENCH_DURATION=5 BENCH_SUBMIT_REQUESTS=200 BENCH_BURST=200.
import { writeBenchResult } from "./support/bench-result";
import { readKnobs } from "./support/knobs";
import { learnSubmitWireFormat } from "./support/capture-submit";
import { withPortal } from "./support/with-portal";
import { measureHttpLoad, type HttpLoadFigures } from "./http-load";
import { measureSubmitBurst, type BurstFigures } from "./submit-burst";
import type { Portal } from "./support/portal-server";
import type { Browser } from "@playwright/test";

export interface HttpBenchFigures {
  families: number;
  startupSeconds: number;
  load: HttpLoadFigures;
  burst: BurstFigures;
}

/** Load then burst on a running portal (also used by bench/run-all.ts). */
export async function runHttpBenches(portal: Portal, browser: Browser): Promise<HttpBenchFigures> {
  const knobs = readKnobs();
  const wire = await learnSubmitWireFormat(browser, portal);
  console.log(`submit action captured: POST ${wire.path}, answered ${wire.successStatus} on success`);
  const load = await measureHttpLoad(portal, browser, wire, knobs);
  const burst = await measureSubmitBurst(portal, wire, knobs);
  const figures = { families: portal.families, startupSeconds: portal.startupSeconds, load, burst };
  writeBenchResult<HttpBenchFigures>("http-load", figures);
  return figures;
}

if (require.main === module) {
  withPortal(readKnobs().families, runHttpBenches).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
