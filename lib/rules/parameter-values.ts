// Reads dated parameter values from the database through a given client, so the app
// (lib/db/client), transactions and stand-alone scripts (the benchmark) share one query.
import { DEFAULT_PARAMETERS, type ParameterDefinitions } from "@/lib/eligibility/parameters/definitions";
import { mergeParameterValues, type ExtraParameterValue } from "@/lib/eligibility/parameters/merge";
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/prisma/generated/client";
import { toIsoDate } from "./dates";

export type ValueReader = Pick<Database, "ruleParameterValue">;

function toExtra(row: { key: string; effectiveFrom: Date; value: Prisma.Decimal; source: string | null }): ExtraParameterValue {
  return { key: row.key, effectiveFrom: toIsoDate(row.effectiveFrom), value: row.value.toNumber(), source: row.source ?? undefined };
}

/** Every published value, older publications first (for one date, the latest published wins). */
export async function readPublishedValues(client: ValueReader): Promise<ExtraParameterValue[]> {
  const rows = await client.ruleParameterValue.findMany({
    where: { version: { status: "PUBLISHED" } },
    orderBy: [{ version: { publishedAt: "asc" } }, { effectiveFrom: "asc" }],
    select: { key: true, effectiveFrom: true, value: true, source: true },
  });
  return rows.map(toExtra);
}

/** The values of one version (a draft, typically), earliest date first. */
export async function readVersionValues(client: ValueReader, versionId: string): Promise<ExtraParameterValue[]> {
  const rows = await client.ruleParameterValue.findMany({
    where: { versionId },
    orderBy: [{ effectiveFrom: "asc" }, { key: "asc" }],
    select: { key: true, effectiveFrom: true, value: true, source: true },
  });
  return rows.map(toExtra);
}

/** The parameters in force: the defaults shipped with the code, overlaid with every published value. */
export async function readParameterSet(client: ValueReader): Promise<ParameterDefinitions> {
  return mergeParameterValues(DEFAULT_PARAMETERS, await readPublishedValues(client));
}
