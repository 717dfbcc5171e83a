// Yearly budget allocations for the demo data, scaled to the number of seeded families so
// the public page's "used against allocation" reads sensibly at any seed size. These are
// demonstration figures, and their source says so: a real deployment enters the city's
// budget decision instead.
import type { Measure } from "@/prisma/generated/enums";

/** Tenge allocated per 1,000 families, per measure that pays money. */
const PER_THOUSAND_FAMILIES: Partial<Record<Measure, number>> = {
  HOUSING_CERTIFICATE: 110_000_000,
  DOWN_PAYMENT_SUBSIDY: 30_000_000,
  SCHOLARSHIP: 2_000_000,
  UTILITIES_COMPENSATION: 4_000_000,
  HOME_SCHOOLING_REIMBURSEMENT: 1_000_000,
  ONE_TIME_ASSISTANCE: 3_000_000,
};

export const DEMO_BUDGET_SOURCE = "Demonstration figures scaled to the seeded families — not a budget decision of the akimat";

export function buildBudgetAllocations(year: number, families: number) {
  return Object.entries(PER_THOUSAND_FAMILIES).map(([measure, perThousand]) => ({
    year,
    measure: measure as Measure,
    amountTenge: BigInt(Math.round((perThousand * Math.max(families, 1)) / 1_000)),
    source: DEMO_BUDGET_SOURCE,
    updatedAt: new Date(`${year}-01-05T04:00:00.000Z`),
  }));
}
