// `npm run db:reset`: drops the local database's schema, applies the migrations and seeds
// the default demo data (2,000 families). Refused for a non-local DATABASE_URL.
import { withDevelopmentDatabase } from "@/lib/runtime/development-database";
import { DEFAULT_SEED_FAMILIES, runSeedCommand } from "./seed";

async function main() {
  await withDevelopmentDatabase((databaseUrl) => runSeedCommand(databaseUrl, { families: DEFAULT_SEED_FAMILIES, reset: true }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
