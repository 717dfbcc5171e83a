// Applies the committed migrations in prisma/migrations through the WebAssembly schema
// engine, recording them in Prisma's standard `_prisma_migrations` table (idempotent).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { EMPTY_FILTER, openSchemaEngine } from "./schema-engine";

export const MIGRATIONS_DIR = resolve(process.cwd(), "prisma/migrations");
export const SCHEMA_PATH = resolve(process.cwd(), "prisma/schema.prisma");
/** The schema as of the newest migration; new migrations are the diff from it. */
export const SCHEMA_SNAPSHOT_PATH = join(MIGRATIONS_DIR, "schema.snapshot.prisma");

export function readMigrationList(baseDir = MIGRATIONS_DIR): MigrationList {
  const lockPath = join(baseDir, "migration_lock.toml");
  const directories = readdirSync(baseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/** Applies every migration not yet recorded in the database; returns the names applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl);
  try {
    const output = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: EMPTY_FILTER });
    return output.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
