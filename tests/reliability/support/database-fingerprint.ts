// A fingerprint of the database's content: per table, the row count and an md5 of every
// row. Equal fingerprints before and after a refused request prove it wrote nothing (not
// a partial write, not a stray audit row). Read in one statement, so one snapshot.
import pg from "pg";

export type Fingerprint = Record<string, string>;

export async function listTables(client: pg.Client, excluded: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map(({ name }) => name).filter((name) => !excluded.includes(name));
}

export async function fingerprint(client: pg.Client, tables: readonly string[]): Promise<Fingerprint> {
  const parts = tables.map((table) => {
    const name = client.escapeIdentifier(table);
    return `SELECT ${client.escapeLiteral(table)} AS t, count(*) || ':' || md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS f FROM ${name} r`;
  });
  const { rows } = await client.query<{ t: string; f: string }>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map(({ t, f }) => [t, f]));
}
