// `npm run offers:run`: proactive offers from the command line (an operator, or cron on a
// machine without the job worker), the same function the job queue runs. Prints what it
// did and how long it took.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEnv } from "@/lib/env";
import { withDevelopmentDatabase } from "@/lib/runtime/development-database";
import { findAndSendOffers } from "../find-and-send-offers";

export const HELP = `Usage: npm run offers:run

Re-evaluates every family with the rules in force today (Almaty) and sends an in-app
notification, once per family, measure and rules version, for each measure the family
qualifies for, that is open in the measures catalog, and that the family has not applied
for (no open or approved application). Running it again sends nothing twice.

Database: DATABASE_URL, or else the embedded development database. While \`npm run dev\`
is running, the embedded database belongs to it: set DATABASE_URL to its address instead
(starting a second server on the same folder would stop the first).

Exit codes: 0 done (also when nothing new was offered), 1 failed.`;

async function runOffers(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const result = await findAndSendOffers({ now: new Date(), reason: "manual", db });
    console.log(
      `Offers on ${result.asOf} (rules ${result.rulesVersion}): ${result.families} families evaluated, ` +
        `${result.offersCreated} new offers sent, in ${(result.durationMs / 1000).toFixed(2)} s.`,
    );
  } finally {
    await db.$disconnect();
  }
}

/** True while another process (npm run dev) runs the embedded server in the data folder. */
function isEmbeddedServerRunning(dataDir: string): boolean {
  const pidFile = resolve(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  if (process.argv.slice(2).some((arg) => arg === "--help" || arg === "-h")) {
    console.log(HELP);
    return;
  }
  const env = parseEnv();
  if (env.DATABASE_URL) return runOffers(env.DATABASE_URL);
  if (isEmbeddedServerRunning(env.APP_DATA_DIR)) {
    throw new Error("The embedded development database is in use by `npm run dev`: set DATABASE_URL to its address and run again (see --help).");
  }
  await withDevelopmentDatabase(runOffers);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
