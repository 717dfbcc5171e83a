// Fails when prisma/schema.prisma and the committed migrations disagree (someone changed
// the schema without `npm run db:migration:new`, or edited a migration by hand).
// A database built from the migrations and one built straight from the schema must have
// the same catalog, apart from the SQL-only objects declared in prisma/sql-only-objects.ts.
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_PATH, SCHEMA_SNAPSHOT_PATH } from "@/lib/db/migrations";
import { diffDatamodels, openSchemaEngine } from "@/lib/db/schema-engine";
import {
  SQL_ONLY_CHECK_CONSTRAINTS,
  SQL_ONLY_INDEXES,
  SQL_ONLY_SEQUENCES,
  SQL_ONLY_TRIGGERS,
} from "@/prisma/sql-only-objects";
import { createIsolatedDatabase } from "../support/local-database";

const CATALOG_QUERIES = {
  columns: `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(udt_name, '') || '(' || coalesce(character_maximum_length::text, '') || ',' || coalesce(numeric_precision::text, '') || ',' || coalesce(numeric_scale::text, '') || ') null=' || is_nullable || ' default=' || coalesce(column_default, '') AS item
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT indexname || ' ' || indexdef AS item FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) AS item FROM pg_constraint c
                JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'`,
  enums: `SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS item
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  triggers: `SELECT tgname AS item FROM pg_trigger WHERE NOT tgisinternal`,
  sequences: `SELECT sequencename AS item FROM pg_sequences WHERE schemaname = 'public'`,
} as const;

type Catalog = Record<keyof typeof CATALOG_QUERIES, string[]>;

async function readCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const entries = await Promise.all(
      Object.entries(CATALOG_QUERIES).map(async ([kind, sql]) => {
        const result = await client.query<{ item: string }>(sql);
        return [kind, result.rows.map((row) => row.item).sort()] as const;
      }),
    );
    return Object.fromEntries(entries) as Catalog;
  } finally {
    await client.end();
  }
}

const withoutNames = (items: string[], names: readonly string[]) =>
  items.filter((item) => !names.some((name) => item === name || item.startsWith(`${name} `)));

describe("migrations and schema.prisma", () => {
  let fromMigrations: Catalog;
  let fromSchema: Catalog;
  const drops: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    const migrated = await createIsolatedDatabase({ migrate: true });
    const direct = await createIsolatedDatabase({ migrate: false });
    drops.push(migrated.drop, direct.drop);
    const engine = await openSchemaEngine(direct.url);
    try {
      const sql = await diffDatamodels(engine, null, readFileSync(SCHEMA_PATH, "utf8"));
      const client = new pg.Client({ connectionString: direct.url });
      await client.connect();
      await client.query(sql);
      await client.end();
    } finally {
      engine.free();
    }
    [fromMigrations, fromSchema] = await Promise.all([readCatalog(migrated.url), readCatalog(direct.url)]);
  });

  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it("have the same tables and columns", () => {
    expect(fromMigrations.columns).toEqual(fromSchema.columns);
  });

  it("have the same enums", () => {
    expect(fromMigrations.enums).toEqual(fromSchema.enums);
  });

  it("have the same indexes, plus the declared SQL-only ones", () => {
    expect(withoutNames(fromMigrations.indexes, SQL_ONLY_INDEXES)).toEqual(fromSchema.indexes);
    for (const name of SQL_ONLY_INDEXES) expect(fromMigrations.indexes.some((item) => item.startsWith(`${name} `))).toBe(true);
  });

  it("have the same constraints, plus the declared SQL-only checks", () => {
    expect(withoutNames(fromMigrations.constraints, SQL_ONLY_CHECK_CONSTRAINTS)).toEqual(fromSchema.constraints);
    for (const name of SQL_ONLY_CHECK_CONSTRAINTS) {
      expect(fromMigrations.constraints.some((item) => item.startsWith(`${name} `))).toBe(true);
    }
  });

  it("differ only by the declared triggers and sequences", () => {
    expect(fromMigrations.triggers).toEqual([...SQL_ONLY_TRIGGERS].sort());
    expect(fromSchema.triggers).toEqual([]);
    expect(withoutNames(fromMigrations.sequences, SQL_ONLY_SEQUENCES)).toEqual(fromSchema.sequences);
  });

  it("keep the migration snapshot equal to the schema (run npm run db:migration:new after a schema change)", () => {
    expect(readFileSync(SCHEMA_SNAPSHOT_PATH, "utf8")).toBe(readFileSync(SCHEMA_PATH, "utf8"));
  });
});
