// `npm run dev` / `npm start`: one command brings up the whole portal.
// 1. validates the environment (a bad value stops here, naming the variable);
// 2. without DATABASE_URL, starts the embedded PostgreSQL in the data folder;
// 3. applies migrations, and seeds demo data into an empty database, as the tables' owner;
// 4. gets the least-privilege application role ready (docs/decisions/0006) and checks it:
//    in production a role that could alter the audit log stops the start;
// 5. runs `next dev` or `next start`, and beside it the job worker (lib/jobs/worker.ts),
//    both signed in as that role;
//    on Ctrl-C / SIGTERM stops Next.js and the worker (which lets a running job finish)
//    and then PostgreSQL, so no server is left running and no stale lock remains.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import pg from "pg";
import { ensureDevelopmentAuthSecret } from "@/lib/auth/dev-auth-secret";
import { applyMigrations } from "@/lib/db/migrations";
import { prepareApplicationLogin, type ApplicationLogin } from "@/lib/db/prepare-application-login";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { childStdio, keepChildOutput } from "./child-output";
import { startDevelopmentDatabase, type DevelopmentDatabase } from "./development-database";

const require = createRequire(__filename);
type Mode = "dev" | "start";

function log(message: string) {
  console.log(`[portal] ${message}`);
}

function readEnvOrExit(mode: Mode): Env {
  try {
    return parseEnv({ ...process.env, NODE_ENV: mode === "dev" ? "development" : "production" });
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function isEmptyDatabase(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>(`SELECT count(*)::text AS count FROM "User"`);
    return result.rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}

async function seedIfEmpty(databaseUrl: string, families: number) {
  if (!(await isEmptyDatabase(databaseUrl))) return;
  log(`empty database: seeding demo data (${families} families)…`);
  const { seedDemoData } = await import("@/prisma/seed/seed-demo-data");
  const { createPrismaClient } = await import("@/lib/db/create-client");
  const { dateInAlmaty } = await import("@/lib/eligibility/dates");
  const db = createPrismaClient(databaseUrl);
  try {
    const started = Date.now();
    // Dated around today so the demo's open requests still have their deadlines ahead.
    await seedDemoData(db, { families, asOf: dateInAlmaty(new Date()) });
    log(`demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.$disconnect();
  }
}

function startNext(mode: Mode, env: Env, databaseUrl: string, authSecret: string): ChildProcess {
  const nextBin = require.resolve("next/dist/bin/next");
  const args = mode === "dev" ? ["dev", "--port", String(env.PORT)] : ["start", "--port", String(env.PORT)];
  return keepChildOutput(
    spawn(process.execPath, [nextBin, ...args], {
      stdio: childStdio(),
      // PORT: the proxy renders the landing template from the server itself (anonymous-landing-cache).
      env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, PORT: String(env.PORT) },
    }),
  );
}

/** The pg-boss job worker (docs/decisions/0005-job-queue.md), a TypeScript entry run through tsx. */
function startJobWorker(databaseUrl: string): ChildProcess {
  return keepChildOutput(
    spawn(process.execPath, ["--import", "tsx", resolve(__dirname, "../jobs/worker.ts")], {
      stdio: childStdio(),
      env: { ...process.env, DATABASE_URL: databaseUrl },
    }),
  );
}

/** Sends SIGTERM and waits for the exit; returns at once for a child already gone. */
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await exited;
}

async function main() {
  const mode: Mode = process.argv[2] === "start" ? "start" : "dev";
  const env = readEnvOrExit(mode);
  // Filled in as things start; shutdown stops whatever is running, in reverse order.
  const running: { database?: DevelopmentDatabase; next?: ChildProcess; worker?: ChildProcess; stopping?: boolean } = {};

  const shutdown = async (code: number) => {
    if (running.stopping) return;
    running.stopping = true;
    const { next, worker, database } = running;
    await Promise.all([stopChild(next), stopChild(worker)]);
    if (database?.isEmbedded) log("stopping the embedded PostgreSQL…");
    await database?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

  const database = await startDevelopmentDatabase(env, process.env.DEBUG_POSTGRES ? log : () => {});
  running.database = database;
  log(database.isEmbedded ? `embedded PostgreSQL in ${resolve(env.APP_DATA_DIR, "postgres")}` : "using DATABASE_URL");
  let login: ApplicationLogin;
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
    await seedIfEmpty(database.url, env.SEED_FAMILIES);
    login = await prepareApplicationLogin({
      ownerUrl: database.url,
      isEmbedded: database.isEmbedded,
      appUrl: env.APP_DATABASE_URL,
      dataDir: resolve(env.APP_DATA_DIR),
    });
  } catch (error) {
    // Never leave the embedded server running behind a failed start.
    await database.stop();
    throw error;
  }
  if (login.problems.length) {
    const problems = login.problems.map((problem) => `  - ${problem}`).join("\n");
    // Refused, not warned, in production: a warning scrolls past, and the audit log is only
    // evidence if the app cannot rewrite it. In development a local superuser is the norm.
    if (env.NODE_ENV === "production") {
      console.error(`Refusing to start: the app's database role "${login.role}" could alter the audit log:\n${problems}\nSet APP_DATABASE_URL to a role that owns nothing (docs/decisions/0006-application-database-role.md).`);
      await database.stop();
      process.exit(1);
    }
    log(`WARNING: the app's database role "${login.role}" could alter the audit log (refused in production):\n${problems}`);
  }
  log(`the app signs in to PostgreSQL as "${login.role}"`);

  const authSecret = env.AUTH_SECRET ?? ensureDevelopmentAuthSecret(resolve(env.APP_DATA_DIR));
  const next = startNext(mode, env, login.url, authSecret);
  running.next = next;
  next.on("exit", (code) => void shutdown(code ?? 0));
  // Background jobs wait in the queue while the worker is down; the portal keeps serving.
  const worker = startJobWorker(login.url);
  running.worker = worker;
  worker.on("exit", (code, signal) => {
    if (!running.stopping) log(`job worker exited (${signal ?? code}); queued jobs wait until the next start`);
  });
  log(`portal at http://localhost:${env.PORT}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
