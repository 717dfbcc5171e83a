// `next start` as `npm start` runs it (lib/runtime/launch.ts: embedded PostgreSQL,
// migrations, demo seed, Next.js and the job worker), on free ports with a fresh data
// folder in a temporary directory, for the HTTP benchmarks. The production build in
// .next is reused; it is built first only when missing.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { embeddedPostgresUrl, EMBEDDED_DATABASE_NAME } from "../../lib/db/embedded-postgres-url";
import { findFreePort } from "../../lib/runtime/free-port";
import { makeSharedTempDir } from "../../lib/runtime/temp-dir";

export interface Portal {
  baseUrl: string;
  databaseUrl: string;
  /** Signs session tokens; the benches mint the many applicants' sessions with it. */
  authSecret: string;
  families: number;
  /** Launch to first answered page: PostgreSQL, migrations, seeding and Next.js. */
  startupSeconds: number;
  logFile: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30 * 60_000;

/** Runs `next build` when there is no production build (a fresh checkout). */
export function ensureProductionBuild(): void {
  if (existsSync(join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("no production build in .next: running next build…");
  const built = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error(`next build failed (exit ${built.status})`);
}

async function waitUntilServing(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the portal exited during start-up (code ${child.exitCode}); its log:\n${tail(logFile)}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status === 200) return;
    } catch {
      // Not listening yet: PostgreSQL, migrations and the seed come first.
    }
    await new Promise((done) => setTimeout(done, 1_000));
  }
  throw new Error(`the portal did not answer ${url} within ${STARTUP_TIMEOUT_MS / 60_000} minutes; its log:\n${tail(logFile)}`);
}

function tail(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8").split("\n").slice(-40).join("\n") : "(no log)";
}

export async function startPortal(options: { families: number }): Promise<Portal> {
  ensureProductionBuild();
  const root = makeSharedTempDir("bakytty-bench-portal-");
  const [port, pgPort] = [await findFreePort(), await findFreePort()];
  const authSecret = randomBytes(32).toString("base64url");
  const logFile = join(root, "portal.log");
  const log = openSync(logFile, "a");
  const started = performance.now();
  // The launcher's children (Next.js, the worker) inherit these descriptors, so every
  // server line lands in the log file instead of between the bench's figures.
  const child = spawn(process.execPath, ["--import", "tsx", join(process.cwd(), "lib", "runtime", "launch.ts"), "start"], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      APP_DATA_DIR: join(root, "data"),
      EMBEDDED_PG_PORT: String(pgPort),
      AUTH_SECRET: authSecret,
      SEED_FAMILIES: String(options.families),
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      PORTAL_LOG_FILE: "",
    },
  });
  closeSync(log);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // SIGTERM: the launcher stops Next.js and the worker, then PostgreSQL.
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${baseUrl}/ru`, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl,
    databaseUrl: embeddedPostgresUrl(pgPort, EMBEDDED_DATABASE_NAME),
    authSecret,
    families: options.families,
    startupSeconds: (performance.now() - started) / 1000,
    logFile,
    stop,
  };
}
