// `npm run payments:run -- --month 2026-12 --as <user id>`: the monthly payment run from
// the command line (cron, or an operator), the same function as the supervisors' button.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { isAppError } from "@/lib/errors/app-error";
import { formatTenge } from "@/lib/i18n/format";
import { withDevelopmentDatabase } from "@/lib/runtime/development-database";
import { isPeriodMonth } from "../period-month";
import { runPayments } from "../run-payments";

export const HELP = `Usage: npm run payments:run -- --month YYYY-MM --as <user id>

Creates the payments due in the month (one per entitlement of an approved application:
monthly entitlements whose dates cover the month, one-time ones not paid yet) in a new
payment run, and prints how many and the total. Running it again creates nothing twice.

  --month YYYY-MM   the month to pay for, e.g. 2026-12
  --as <user id>    the id of an active SUPERVISOR account. The run is recorded as started
                    by this person and written to the audit log under their name: a run
                    always has someone answerable for it, so there is no anonymous
                    "system" actor. (Demo data: usr_demo_supervisor.)
  --help            this text

Database: DATABASE_URL, or else the embedded development database. The embedded database
is opened by one process at a time: while \`npm run dev\` is running, set DATABASE_URL to
its address instead of starting a second server.

Exit codes: 0 done (also when there was nothing new to pay), 1 refused or failed, 2 bad arguments.`;

export interface CliArguments {
  periodMonth: string;
  actorId: string;
}

export function parseCliArguments(argv: readonly string[]): CliArguments | { help: true } {
  const { values } = parseArgs({
    args: [...argv],
    options: { month: { type: "string" }, as: { type: "string" }, help: { type: "boolean", default: false } },
    strict: true,
  });
  if (values.help) return { help: true };
  if (!values.month || !isPeriodMonth(values.month)) throw new UsageError("--month must be a month written YYYY-MM, e.g. 2026-12");
  if (!values.as?.trim()) throw new UsageError("--as must name the id of a supervisor's account (see --help)");
  return { periodMonth: values.month, actorId: values.as.trim() };
}

export class UsageError extends Error {}

async function runFromCommandLine(databaseUrl: string, args: CliArguments): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const actor = await db.user.findUnique({ where: { id: args.actorId }, select: { id: true, role: true, district: true, disabledAt: true } });
    if (!actor || actor.disabledAt || actor.role !== "SUPERVISOR") {
      throw new Error(`No active supervisor account with the id ${args.actorId}: payment runs are started by a supervisor.`);
    }
    const result = await runPayments(actor, { periodMonth: args.periodMonth }, new Date(), db);
    if (result.status === "nothing-new") {
      console.log(`Nothing new to pay for ${result.periodMonth}: no payment run was created.`);
      return;
    }
    console.log(`Payment run ${result.runId} for ${result.periodMonth}: ${result.payments} payments created, total ${formatTenge("en", result.totalTenge)}.`);
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  const args = parseCliArguments(process.argv.slice(2));
  if ("help" in args) {
    console.log(HELP);
    return;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) await runFromCommandLine(databaseUrl, args);
  else await withDevelopmentDatabase((url) => runFromCommandLine(url, args));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      console.error(`${error.message}\n\n${HELP}`);
      process.exit(2);
    }
    console.error(isAppError(error) ? `Refused: ${error.code}` : error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
