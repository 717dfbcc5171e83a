// One parameter's whole history: the values shipped with the code and every value of a
// published version, with the version that published it. Drafts are not history.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DEFAULT_PARAMETERS, isParameterKey, type ParameterKey } from "@/lib/eligibility/parameters/definitions";
import { AppError } from "@/lib/errors/app-error";
import { toIsoDate } from "./dates";

export interface HistoryEntry {
  effectiveFrom: string;
  value: number;
  source: string | null;
  /** Null for a value shipped with the code. */
  version: { id: string; title: string; publishedAt: Date | null } | null;
  /** True for the value in force on `asOf`. */
  inForce: boolean;
}

export async function loadParameterHistory(actor: Actor, key: string, asOf: string): Promise<{ key: ParameterKey; entries: HistoryEntry[] }> {
  assertCan(actor, "edit", "rules");
  if (!isParameterKey(key)) throw new AppError("NOT_FOUND");
  const definition = DEFAULT_PARAMETERS[key];
  const rows = await db.ruleParameterValue.findMany({
    where: { key, version: { status: "PUBLISHED" } },
    orderBy: [{ version: { publishedAt: "asc" } }, { effectiveFrom: "asc" }],
    select: { effectiveFrom: true, value: true, source: true, version: { select: { id: true, title: true, publishedAt: true } } },
  });
  const entries: Omit<HistoryEntry, "inForce">[] = [
    ...definition.values.map((value) => ({ effectiveFrom: value.effectiveFrom, value: value.value, source: value.source ?? definition.source.title, version: null })),
    ...rows.map((row) => ({ effectiveFrom: toIsoDate(row.effectiveFrom), value: row.value.toNumber(), source: row.source, version: row.version })),
  ];
  // The same order the resolver uses: by date, and for one date the later publication last.
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.effectiveFrom < b.entry.effectiveFrom ? -1 : a.entry.effectiveFrom > b.entry.effectiveFrom ? 1 : a.index - b.index))
    .map(({ entry }) => entry);
  let inForceIndex = -1;
  ordered.forEach((entry, index) => {
    if (entry.effectiveFrom <= asOf) inForceIndex = index;
  });
  return { key, entries: ordered.map((entry, index) => ({ ...entry, inForce: index === inForceIndex })) };
}
