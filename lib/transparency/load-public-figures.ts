// The public transparency page's figures: aggregates only, never a row about a family.
// Counts of families below the disclosure threshold are suppressed (lib/statistics).
// The figures change slowly and the page is public, so they are kept in memory for a
// few minutes per process rather than recomputed for every visitor.
import "server-only";
import { db } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { publishableCount } from "@/lib/statistics/small-count";
import { recentMonths } from "@/lib/statistics/recent-months";
import type { District, Measure } from "@/prisma/generated/enums";

export interface PublicFigures {
  asOf: string;
  months: string[];
  /** Money paid (status PAID), by month and measure, integer tenge. */
  paidByMonth: { month: string; measure: Measure; amountTenge: number }[];
  /** Families with an approved application, by measure and district; null = fewer than the threshold. */
  familiesHelped: { measure: Measure; district: District; families: number | null }[];
  queue: { waiting: number; registeredByMonth: Record<string, number | null>; flatsByMonth: Record<string, number> };
  /** This year's money paid against the allocation, by measure (allocation null when none was published). */
  budget: { year: number; rows: { measure: Measure; allocatedTenge: number | null; paidTenge: number }[] };
}

const TTL_MS = 5 * 60_000;
let cached: { at: number; figures: PublicFigures } | null = null;

export async function loadPublicFigures(now = new Date()): Promise<PublicFigures> {
  if (cached && now.getTime() - cached.at < TTL_MS) return cached.figures;
  const figures = await computePublicFigures(now);
  cached = { at: now.getTime(), figures };
  return figures;
}

export async function computePublicFigures(now: Date, client: Pick<Database, "$queryRaw" | "housingQueueEntry" | "budgetAllocation"> = db): Promise<PublicFigures> {
  const months = recentMonths(now, 12);
  const firstMonth = new Date(`${months[0]}T00:00:00Z`);
  const year = Number(dateInAlmaty(now).slice(0, 4));
  const yearStart = new Date(`${year}-01-01T00:00:00Z`);
  const nextYearStart = new Date(`${year + 1}-01-01T00:00:00Z`);

  const [paid, helped, waiting, registered, flats, paidThisYear, allocations] = await Promise.all([
    client.$queryRaw<{ month: Date; measure: Measure; amount: bigint }[]>`
      SELECT p."periodMonth" AS month, e."measure" AS measure, SUM(p."amountTenge")::bigint AS amount
      FROM "Payment" p JOIN "Entitlement" e ON e."id" = p."entitlementId"
      WHERE p."status" = 'PAID' AND p."periodMonth" >= ${firstMonth}
      GROUP BY 1, 2`,
    client.$queryRaw<{ measure: Measure; district: District; families: bigint }[]>`
      SELECT a."measure" AS measure, f."district" AS district, COUNT(DISTINCT a."familyId")::bigint AS families
      FROM "Application" a JOIN "Family" f ON f."id" = a."familyId"
      WHERE a."status" = 'APPROVED'
      GROUP BY 1, 2`,
    client.housingQueueEntry.count({ where: { status: "WAITING" } }),
    client.$queryRaw<{ month: Date; entries: bigint }[]>`
      SELECT date_trunc('month', "registeredAt")::date AS month, COUNT(*)::bigint AS entries
      FROM "HousingQueueEntry" WHERE "registeredAt" >= ${firstMonth}
      GROUP BY 1`,
    client.$queryRaw<{ month: Date; flats: bigint }[]>`
      SELECT date_trunc('month', al."createdAt" + interval '5 hours')::date AS month, COUNT(*)::bigint AS flats
      FROM "HousingAllocationItem" i JOIN "HousingAllocation" al ON al."id" = i."allocationId"
      WHERE i."role" = 'FLAT' AND al."createdAt" >= ${firstMonth}
      GROUP BY 1`,
    client.$queryRaw<{ measure: Measure; amount: bigint }[]>`
      SELECT e."measure" AS measure, SUM(p."amountTenge")::bigint AS amount
      FROM "Payment" p JOIN "Entitlement" e ON e."id" = p."entitlementId"
      WHERE p."status" = 'PAID' AND p."periodMonth" >= ${yearStart} AND p."periodMonth" < ${nextYearStart}
      GROUP BY 1`,
    client.budgetAllocation.findMany({ where: { year }, select: { measure: true, amountTenge: true } }),
  ]);

  const monthKey = (date: Date) => date.toISOString().slice(0, 10);
  const paidMeasures = new Set([...paidThisYear.map((row) => row.measure), ...allocations.map((row) => row.measure)]);
  return {
    asOf: dateInAlmaty(now),
    months,
    paidByMonth: paid.map((row) => ({ month: monthKey(row.month), measure: row.measure, amountTenge: Number(row.amount) })),
    familiesHelped: helped.map((row) => ({ measure: row.measure, district: row.district, families: publishableCount(Number(row.families)) })),
    queue: {
      waiting,
      registeredByMonth: Object.fromEntries(registered.map((row) => [monthKey(row.month), publishableCount(Number(row.entries))])),
      flatsByMonth: Object.fromEntries(flats.map((row) => [monthKey(row.month), Number(row.flats)])),
    },
    budget: {
      year,
      rows: [...paidMeasures].sort().map((measure) => {
        const allocation = allocations.find((row) => row.measure === measure);
        return {
          measure,
          allocatedTenge: allocation ? Number(allocation.amountTenge) : null,
          paidTenge: Number(paidThisYear.find((row) => row.measure === measure)?.amount ?? 0n),
        };
      }),
    },
  };
}
