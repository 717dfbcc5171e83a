// The impact preview of a rule version for administrators. Computed on request — the
// figures always describe the families as they are now, and 100,000 families take a
// few seconds (bench/impact-preview.bench.ts) — rather than cached per version, which
// would go stale as families change.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { ImpactCell } from "./impact-tally";
import { simulateImpact, type ImpactResult, type ImpactSelection } from "./impact-simulation";

export interface MeasureImpact {
  measure: MeasureCode;
  total: Omit<ImpactCell, "district">;
  districts: ImpactCell[];
}

export interface ImpactPreview extends ImpactResult {
  byMeasure: MeasureImpact[];
}

function sumCells(measure: MeasureCode, cells: ImpactCell[]): Omit<ImpactCell, "district"> {
  const total = { measure, gained: 0, lost: 0, eligibleBefore: 0, eligibleAfter: 0, monthlyCostBefore: 0, monthlyCostAfter: 0, yearlyCostBefore: 0, yearlyCostAfter: 0 };
  for (const cell of cells) {
    total.gained += cell.gained;
    total.lost += cell.lost;
    total.eligibleBefore += cell.eligibleBefore;
    total.eligibleAfter += cell.eligibleAfter;
    total.monthlyCostBefore += cell.monthlyCostBefore;
    total.monthlyCostAfter += cell.monthlyCostAfter;
    total.yearlyCostBefore += cell.yearlyCostBefore;
    total.yearlyCostAfter += cell.yearlyCostAfter;
  }
  return total;
}

/** The preview grouped by measure (with its districts); null for a version without changes. */
export async function computeImpactPreview(actor: Actor, versionId: string, select?: ImpactSelection): Promise<ImpactPreview | null> {
  assertCan(actor, "edit", "rules");
  const exists = await db.ruleSetVersion.findUnique({ where: { id: versionId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND");
  const result = await simulateImpact(db, versionId, select);
  if (!result) return null;
  const measures = [...new Set(result.cells.map((cell) => cell.measure))];
  const byMeasure = measures.map((measure) => {
    const districts = result.cells.filter((cell) => cell.measure === measure);
    return { measure, total: sumCells(measure, districts), districts };
  });
  return { ...result, byMeasure };
}
