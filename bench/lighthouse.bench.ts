// `npm run bench:lighthouse`: Lighthouse (mobile) on the landing page, the screener and
// the apply flow (bench/lighthouse-audit.ts), on a portal of its own with
// BENCH_LIGHTHOUSE_FAMILIES seeded families (2,000 by default: what these pages show does
// not depend on how many families there are). With BENCH_RESULTS_DIR set, also writes
// lighthouse.json.
import type { Browser } from "@playwright/test";
import { measureLighthouse, type LighthouseFigures } from "./lighthouse-audit";
import { writeBenchResult } from "./support/bench-result";
import type { LighthouseBenchFigures } from "./report/figure-types";
import { readKnobs } from "./support/knobs";
import type { Portal } from "./support/portal-server";
import { withPortal } from "./support/with-portal";

/** Lighthouse on a running portal (also used by bench/run-all.ts). */
export async function runLighthouseBench(portal: Portal, browser: Browser): Promise<LighthouseFigures[]> {
  const figures = await measureLighthouse(portal, browser);
  writeBenchResult<LighthouseBenchFigures>("lighthouse", { families: portal.families, pages: figures });
  return figures;
}

if (require.main === module) {
  withPortal(readKnobs().lighthouseFamilies, runLighthouseBench).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
