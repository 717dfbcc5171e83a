// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the schema of the previous migration (the snapshot) to the
// current prisma/schema.prisma, then updates the snapshot. Works offline, with no
// shadow database: the diff is between two datamodels, computed by the WebAssembly engine.
// SQL that Prisma cannot express (triggers, partial indexes) is added by hand to the
// generated file and listed in prisma/sql-only-objects.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { diffDatamodels, openSchemaEngine } from "@/lib/db/schema-engine";
import { MIGRATIONS_DIR, SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH } from "@/lib/db/migrations";
import { withScratchDatabase } from "./scratch-database";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run db:migration:new -- <name_in_snake_case>");
    process.exit(1);
  }
  const previous = existsSync(SCHEMA_SNAPSHOT_PATH) ? readFileSync(SCHEMA_SNAPSHOT_PATH, "utf8") : null;
  const current = readFileSync(SCHEMA_PATH, "utf8");
  // The engine needs a connection even for a datamodel-to-datamodel diff (it asks the
  // server's version), so a throw-away embedded server is started when none is given.
  const sql = await withScratchDatabase(async (url) => {
    const engine = await openSchemaEngine(url);
    try {
      return await diffDatamodels(engine, previous, current);
    } finally {
      engine.free();
    }
  });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("The schema has not changed since the last migration; nothing written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  writeFileSync(SCHEMA_SNAPSHOT_PATH, current);
  if (!existsSync(join(MIGRATIONS_DIR, "migration_lock.toml"))) {
    writeFileSync(join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  console.log(`Wrote ${join(dir, "migration.sql")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
