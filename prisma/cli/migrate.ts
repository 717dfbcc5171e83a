// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the
// embedded development server when DATABASE_URL is unset.
import { applyMigrations } from "@/lib/db/migrations";
import { withDevelopmentDatabase } from "@/lib/runtime/development-database";

async function main() {
  await withDevelopmentDatabase(async (databaseUrl) => {
    const applied = await applyMigrations(databaseUrl);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
