// The rule parameters in force: the defaults shipped with the code, overlaid with every
// value of the versions administrators have published (never drafts). Values are only
// ever added, so the history stays whole and any date resolves to its own value.
import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_PARAMETERS, type ParameterDefinitions } from "@/lib/eligibility/parameters/definitions";
import { mergeParameterValues } from "@/lib/eligibility/parameters/merge";

export async function loadParameterSet(): Promise<ParameterDefinitions> {
  const rows = await db.ruleParameterValue.findMany({
    where: { version: { status: "PUBLISHED" } },
    // Older publications first: for the same date, the most recently published value wins.
    orderBy: [{ version: { publishedAt: "asc" } }, { effectiveFrom: "asc" }],
    select: { key: true, effectiveFrom: true, value: true, source: true },
  });
  return mergeParameterValues(
    DEFAULT_PARAMETERS,
    rows.map((row) => ({
      key: row.key,
      effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10),
      value: row.value.toNumber(),
      source: row.source ?? undefined,
    })),
  );
}
