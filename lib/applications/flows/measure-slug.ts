// Measures in URLs: /apply/free-kindergarten is FREE_KINDERGARTEN. The slug is the code in
// lower kebab case, so there is no table to keep in step with the Measure enum.
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";

export function slugForMeasure(measure: MeasureCode): string {
  return measure.toLowerCase().replaceAll("_", "-");
}

/** The measure for a slug, or null for anything that is not exactly one of them. */
export function measureFromSlug(slug: string): MeasureCode | null {
  return MEASURE_CODES.find((measure) => slugForMeasure(measure) === slug) ?? null;
}
