// Counts, per measure and district, the families a rule change moves in or out of
// eligibility and what the change does to the cost. Pure and allocation-light: it runs
// for every family of the city.
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { EligibilityTrace } from "@/lib/eligibility/types";
import { District } from "@/prisma/generated/enums";
import { costOf } from "./impact-cost";

export const DISTRICTS = Object.values(District) as District[];
const DISTRICT_INDEX = new Map(DISTRICTS.map((district, index) => [district, index]));
const CELLS = MEASURE_CODES.length * DISTRICTS.length;

export interface ImpactCell {
  measure: MeasureCode;
  district: District;
  /** Families eligible with the draft and not without it. */
  gained: number;
  lost: number;
  /** Families eligible before and after (to show the base the change applies to). */
  eligibleBefore: number;
  eligibleAfter: number;
  monthlyCostBefore: number;
  monthlyCostAfter: number;
  yearlyCostBefore: number;
  yearlyCostAfter: number;
}

export type ChangeKind = "gained" | "lost";

export interface ImpactTally {
  families: number;
  gained: Int32Array;
  lost: Int32Array;
  eligibleBefore: Int32Array;
  eligibleAfter: Int32Array;
  // Float64: sums of tenge over 100,000 families exceed 32 bits, and stay exact below 2^53.
  monthlyBefore: Float64Array;
  monthlyAfter: Float64Array;
  yearlyBefore: Float64Array;
  yearlyAfter: Float64Array;
}

export function createImpactTally(): ImpactTally {
  return {
    families: 0,
    gained: new Int32Array(CELLS), lost: new Int32Array(CELLS),
    eligibleBefore: new Int32Array(CELLS), eligibleAfter: new Int32Array(CELLS),
    monthlyBefore: new Float64Array(CELLS), monthlyAfter: new Float64Array(CELLS),
    yearlyBefore: new Float64Array(CELLS), yearlyAfter: new Float64Array(CELLS),
  };
}

/**
 * Adds one family's verdicts with the current rules (`before`) and with the draft
 * (`after`). Both traces list every measure in MEASURE_CODES order. Returns, per measure
 * index, whether the family gained (1), lost (-1) or kept its verdict (0) — into `changes`.
 */
export function tallyFamily(
  tally: ImpactTally,
  district: District,
  before: EligibilityTrace,
  after: EligibilityTrace,
  parametersBefore: ResolvedParameters,
  parametersAfter: ResolvedParameters,
  changes?: Int8Array,
): void {
  const districtIndex = DISTRICT_INDEX.get(district);
  if (districtIndex === undefined) throw new Error(`unknown district ${district}`);
  tally.families += 1;
  for (let measureIndex = 0; measureIndex < MEASURE_CODES.length; measureIndex++) {
    const old = before.measures[measureIndex]!;
    const now = after.measures[measureIndex]!;
    const cell = measureIndex * DISTRICTS.length + districtIndex;
    const wasEligible = old.outcome === "eligible";
    const isEligible = now.outcome === "eligible";
    if (wasEligible) tally.eligibleBefore[cell]! += 1;
    if (isEligible) tally.eligibleAfter[cell]! += 1;
    const change = isEligible === wasEligible ? 0 : isEligible ? 1 : -1;
    if (change === 1) tally.gained[cell]! += 1;
    else if (change === -1) tally.lost[cell]! += 1;
    if (changes) changes[measureIndex] = change;
    // Only eligible verdicts cost anything (costOf answers zero at once for the rest).
    if (wasEligible) {
      const cost = costOf(old, parametersBefore);
      tally.monthlyBefore[cell]! += cost.monthly;
      tally.yearlyBefore[cell]! += cost.yearly;
    }
    if (isEligible) {
      const cost = costOf(now, parametersAfter);
      tally.monthlyAfter[cell]! += cost.monthly;
      tally.yearlyAfter[cell]! += cost.yearly;
    }
  }
}

/** The tally as rows, one per measure and district. */
export function tallyCells(tally: ImpactTally): ImpactCell[] {
  const cells: ImpactCell[] = [];
  MEASURE_CODES.forEach((measure, measureIndex) => {
    DISTRICTS.forEach((district, districtIndex) => {
      const cell = measureIndex * DISTRICTS.length + districtIndex;
      cells.push({
        measure, district,
        gained: tally.gained[cell]!, lost: tally.lost[cell]!,
        eligibleBefore: tally.eligibleBefore[cell]!, eligibleAfter: tally.eligibleAfter[cell]!,
        monthlyCostBefore: tally.monthlyBefore[cell]!, monthlyCostAfter: tally.monthlyAfter[cell]!,
        yearlyCostBefore: tally.yearlyBefore[cell]!, yearlyCostAfter: tally.yearlyAfter[cell]!,
      });
    });
  });
  return cells;
}
