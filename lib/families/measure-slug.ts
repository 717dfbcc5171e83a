import type { MeasureCode } from "@/lib/eligibility";

/** The measure's address segment: PREFERENTIAL_MORTGAGE → preferential-mortgage. */
export function measureSlug(code: MeasureCode): string {
  return code.toLowerCase().replaceAll("_", "-");
}
