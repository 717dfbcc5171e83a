import type { Database } from "@/lib/db/create-client";

/** The public reference of an application, e.g. BO-2026-000123. */
export function formatApplicationReference(year: number, serial: number): string {
  return `BO-${year}-${String(serial).padStart(6, "0")}`;
}

export const APPLICATION_REFERENCE_PATTERN = /^BO-\d{4}-\d{6,}$/;

/** Takes the next number from the database sequence (safe across app servers). */
export async function nextApplicationReference(db: Pick<Database, "$queryRaw">, year: number): Promise<string> {
  const rows = await db.$queryRaw<{ serial: bigint }[]>`SELECT nextval('application_reference_seq') AS serial`;
  return formatApplicationReference(year, Number(rows[0]?.serial));
}
