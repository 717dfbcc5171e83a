// Prints the JavaScript each route of the production build sends to the browser
// (gzipped), and fails when a citizen-facing route exceeds the budget of issue 4
// (150 KiB): families use cheap phones on slow connections.
// Run after `next build`: `npm run size:routes` (bench/run-all.ts reports the same figures). Counted per route: the framework's root
// chunks, the route's own chunk group, and the client chunks of its layouts and page.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const NEXT_DIR = join(process.cwd(), ".next");
export const ROUTE_JS_BUDGET_BYTES = 150 * 1024;
const CITIZEN_GROUPS = ["(public)", "(citizen)"];

interface BuildManifest {
  rootMainFiles: string[];
  pagesChunkGroupBootstrapParams: Record<string, { otherChunks: string[] }>;
}

function findClientManifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findClientManifests(path);
    return name === "page_client-reference-manifest.js" ? [path] : [];
  });
}

function entryChunks(manifestPath: string, route: string): string[] {
  const holder = globalThis as unknown as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> };
  holder.__RSC_MANIFEST = {};
  // The manifest is a script that assigns to globalThis.__RSC_MANIFEST.
  new Function(readFileSync(manifestPath, "utf8"))();
  return Object.values(holder.__RSC_MANIFEST[route]?.entryJSFiles ?? {}).flat();
}

const gzippedSize = new Map<string, number>();
function sizeOf(chunk: string): number {
  let size = gzippedSize.get(chunk);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(NEXT_DIR, chunk.replace(/^\/_next\//, "")))).length;
    gzippedSize.set(chunk, size);
  }
  return size;
}

export interface RouteJsSize {
  route: string;
  /** Gzipped bytes of every chunk the route loads. */
  bytes: number;
  isCitizenRoute: boolean;
}

/** The gzipped JavaScript of every route of the production build in .next, by route. */
export function measureRouteJsSizes(): RouteJsSize[] {
  if (!existsSync(join(NEXT_DIR, "build-manifest.json"))) throw new Error("No production build: run `npm run build` first.");
  const build = JSON.parse(readFileSync(join(NEXT_DIR, "build-manifest.json"), "utf8")) as BuildManifest;
  const appDir = join(NEXT_DIR, "server", "app");
  const rows = findClientManifests(appDir).map((manifest) => {
    const route = `/${relative(appDir, manifest).replace(/_client-reference-manifest\.js$/, "")}`;
    const chunks = new Set([
      ...build.rootMainFiles,
      ...(build.pagesChunkGroupBootstrapParams[route]?.otherChunks ?? []),
      ...entryChunks(manifest, route),
    ]);
    const bytes = [...chunks].reduce((sum, chunk) => sum + sizeOf(chunk), 0);
    const isCitizenRoute = CITIZEN_GROUPS.some((group) => route.includes(`/${group}/`));
    return { route, bytes, isCitizenRoute };
  });
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}

function main() {
  let rows: RouteJsSize[];
  try {
    rows = measureRouteJsSizes();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log("JavaScript per route (gzipped), citizen budget 150 KiB:");
  for (const row of rows) {
    const verdict = row.isCitizenRoute ? (row.bytes <= ROUTE_JS_BUDGET_BYTES ? "ok" : "OVER BUDGET") : "staff/other";
    console.log(`  ${(row.bytes / 1024).toFixed(1).padStart(7)} KiB  ${verdict.padEnd(11)}  ${row.route}`);
  }
  const over = rows.filter((row) => row.isCitizenRoute && row.bytes > ROUTE_JS_BUDGET_BYTES);
  if (over.length) {
    console.error(`${over.length} citizen route(s) over the 150 KiB budget.`);
    process.exit(1);
  }
}

// Run as a command (`npm run size:routes`); imported by bench/run-all.ts for the report.
if (require.main === module) main();
