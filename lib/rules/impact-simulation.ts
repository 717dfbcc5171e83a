// The impact preview's computation: the engine over every family in the database, once
// with the published rules and once with a draft laid over them, on one date — the
// draft's earliest effective date, the first day the change would be felt. Values the
// draft sets for later dates do not count on that date; the result names them.
// No permission check here (stand-alone scripts use it too): the app calls it through
// lib/rules/impact-preview.ts.
import type { Database } from "@/lib/db/create-client";
import { evaluateFamilyWithParameters } from "@/lib/eligibility/evaluate";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import { DEFAULT_PARAMETERS } from "@/lib/eligibility/parameters/definitions";
import { mergeParameterValues } from "@/lib/eligibility/parameters/merge";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import type { District } from "@/prisma/generated/enums";
import { createImpactTally, tallyCells, tallyFamily, type ChangeKind, type ImpactCell } from "./impact-tally";
import { readPublishedValues, readVersionValues } from "./parameter-values";
import { readEngineFamilies } from "./read-engine-families";

export interface ImpactSelection {
  measure: MeasureCode;
  change: ChangeKind;
  district?: District | undefined;
}

export interface ImpactResult {
  asOf: string;
  /** The draft's dates after asOf, whose values this preview does not show. */
  laterDates: string[];
  families: number;
  cells: ImpactCell[];
  /** The families matching `select`, by id, when a selection was asked for. */
  selected: { id: string; district: District }[];
  durationMs: number;
}

/** Null when the version has no change yet (nothing to compare). */
export async function simulateImpact(
  client: Pick<Database, "$queryRaw" | "ruleParameterValue">,
  versionId: string,
  select?: ImpactSelection,
): Promise<ImpactResult | null> {
  const started = performance.now();
  const [published, draft] = await Promise.all([readPublishedValues(client), readVersionValues(client, versionId)]);
  const asOf = draft[0]?.effectiveFrom;
  if (asOf === undefined) return null;
  const current = mergeParameterValues(DEFAULT_PARAMETERS, published);
  const before = resolveParameterSet(current, asOf);
  const after = resolveParameterSet(mergeParameterValues(current, draft), asOf);

  const tally = createImpactTally();
  const changes = new Int8Array(MEASURE_CODES.length);
  const selectedIndex = select ? MEASURE_CODES.indexOf(select.measure) : -1;
  const wanted = select?.change === "gained" ? 1 : -1;
  const selected: ImpactResult["selected"] = [];
  for await (const batch of readEngineFamilies(client)) {
    for (const { id, district, family } of batch) {
      const old = evaluateFamilyWithParameters(family, before);
      const now = evaluateFamilyWithParameters(family, after);
      tallyFamily(tally, district, old, now, before, after, changes);
      if (selectedIndex >= 0 && changes[selectedIndex] === wanted && (!select?.district || select.district === district)) {
        selected.push({ id, district });
      }
    }
  }
  return {
    asOf,
    laterDates: [...new Set(draft.map((value) => value.effectiveFrom).filter((date) => date > asOf))],
    families: tally.families,
    cells: tallyCells(tally),
    selected,
    durationMs: Math.round(performance.now() - started),
  };
}
