// `npm run db:seed -- [--families N] [--reset] [--random-seed N] [--as-of YYYY-MM-DD]`:
// seeds demo data into DATABASE_URL, or into the embedded development database.
// A database that already has users is left alone unless --reset (local databases only).
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrations";
import { withDevelopmentDatabase } from "@/lib/runtime/development-database";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { assertLocalDatabaseUrl, countUsers, resetDatabase } from "@/prisma/seed/reset-database";
import { formatSeedSummary, seedDemoData } from "@/prisma/seed/seed-demo-data";

export const DEFAULT_SEED_FAMILIES = 2_000;

export interface SeedCommandOptions {
  families: number;
  reset: boolean;
  randomSeed?: number;
  asOf?: string;
}

/** Migrates (or resets) the database and seeds it; shared by db:seed and db:reset. */
export async function runSeedCommand(databaseUrl: string, options: SeedCommandOptions): Promise<void> {
  const started = performance.now();
  if (options.reset) {
    assertLocalDatabaseUrl(databaseUrl);
    console.log("Dropping the schema and applying the migrations again…");
    await resetDatabase(databaseUrl);
  } else {
    await applyMigrations(databaseUrl);
    const users = await countUsers(databaseUrl);
    if (users > 0) {
      throw new Error(`The database already has ${users} users; nothing was seeded. Run with --reset to empty it first (local databases only).`);
    }
  }
  const db = createPrismaClient(databaseUrl);
  try {
    console.log(`Seeding ${options.families} families…`);
    const seeding = performance.now();
    const summary = await seedDemoData(db, {
      families: options.families,
      ...(options.randomSeed !== undefined ? { randomSeed: options.randomSeed } : {}),
      // Demo data are dated around today, so open requests still have their deadlines
      // ahead; pass --as-of for the same rows on any day.
      asOf: options.asOf ?? dateInAlmaty(new Date()),
      log: (line) => console.log(`  ${line}`),
    });
    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
    console.log(formatSeedSummary(summary));
    console.log(`Demo accounts (password ${DEMO_ACCOUNTS[0]?.password}): ${DEMO_ACCOUNTS.map((account) => `${account.role} ${account.iin}`).join(", ")}`);
    console.log(`Seeded in ${seconds(seeding)} s (${seconds(started)} s with migrations).`);
  } finally {
    await db.$disconnect();
  }
}

export function parseSeedArguments(argv: readonly string[]): SeedCommandOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      families: { type: "string" },
      reset: { type: "boolean", default: false },
      "random-seed": { type: "string" },
      "as-of": { type: "string" },
    },
    strict: true,
  });
  const families = values.families === undefined ? DEFAULT_SEED_FAMILIES : Number(values.families);
  if (!Number.isInteger(families) || families < 1 || families > 1_000_000) {
    throw new Error(`--families must be a whole number from 1 to 1,000,000 (got ${values.families})`);
  }
  const randomSeed = values["random-seed"] === undefined ? undefined : Number(values["random-seed"]);
  if (randomSeed !== undefined && !Number.isInteger(randomSeed)) throw new Error("--random-seed must be a whole number");
  const asOf = values["as-of"];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error("--as-of must be a date YYYY-MM-DD");
  return { families, reset: values.reset ?? false, ...(randomSeed !== undefined ? { randomSeed } : {}), ...(asOf ? { asOf } : {}) };
}

if (require.main === module) {
  const run = async () => {
    const options = parseSeedArguments(process.argv.slice(2));
    await withDevelopmentDatabase((databaseUrl) => runSeedCommand(databaseUrl, options));
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
