// `npm run test:e2e`: builds the app, then runs Playwright against `next start` with a
// fresh embedded PostgreSQL in a temporary folder (removed afterwards) on free ports.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { findFreePort } from "@/lib/runtime/free-port";
import { makeSharedTempDir } from "@/lib/runtime/temp-dir";
import { findSystemChromium } from "./chromium-path";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status ?? 1;
}

function ensureBrowser(): boolean {
  if (findSystemChromium()) return true;
  // No system Chromium: try Playwright's own download (works where the network allows it).
  const installed = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "ignore" }).status === 0;
  if (installed) return true;
  console.error("No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.");
  return false;
}

async function main() {
  if (!ensureBrowser()) process.exit(1);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.E2E_SKIP_BUILD) {
    const built = run("npx", ["next", "build"], env);
    if (built !== 0) process.exit(built);
    // The JavaScript budget of citizen pages is checked on every production build.
    const sized = run("npx", ["tsx", "bench/route-js-size.ts"], env);
    if (sized !== 0) process.exit(sized);
  }
  const dataDir = join(makeSharedTempDir("bakytty-e2e-"), "data");
  const [port, pgPort] = [await findFreePort(), await findFreePort()];
  const status = run("npx", ["playwright", "test", ...process.argv.slice(2)], {
    ...env,
    E2E_PORT: String(port),
    E2E_PG_PORT: String(pgPort),
    E2E_DATA_DIR: dataDir,
    E2E_LOG_FILE: join(dataDir, "..", "portal.log"),
    E2E_OUTPUT_DIR: join("test-results", `run-${process.pid}`),
    E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  rmSync(join(dataDir, ".."), { recursive: true, force: true });
  process.exit(status);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
