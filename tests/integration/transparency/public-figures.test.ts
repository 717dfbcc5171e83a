// The public page's figures are sums of the records, with small counts of families
// suppressed, in a database of its own so other files' rows do not count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { db } from "@/lib/db/client";
import { computePublicFigures } from "@/lib/transparency/load-public-figures";
import type { District } from "@/prisma/generated/enums";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { createIsolatedDatabase } from "../../support/local-database";

let isolated: { url: string; drop(): Promise<void> };
let client: Database;
const NOW = new Date("2026-11-26T06:00:00Z");

async function approvedScholarship(district: District, index: number, paid: { month: string; amount: number; status: "PAID" | "FAILED" }[]) {
  const record = await createCitizenWithFamily(client, { district });
  const familyId = record.family.id as string;
  const application = await client.application.create({
    data: { familyId, measure: "SCHOLARSHIP", reference: `T-PF-${district}-${index}`, status: "APPROVED", version: 3 },
  });
  const entitlement = await client.entitlement.create({
    data: { applicationId: application.id, measure: "SCHOLARSHIP", amountTenge: 5_000, period: "MONTH", startsOn: new Date("2026-09-01"), endsOn: new Date("2027-05-31"), payee: "KZ00" },
  });
  for (const payment of paid) {
    await client.payment.create({ data: { entitlementId: entitlement.id, periodMonth: new Date(`${payment.month}T00:00:00Z`), amountTenge: payment.amount, status: payment.status } });
  }
}

describe("public transparency figures", () => {
  beforeAll(async () => {
    isolated = await createIsolatedDatabase({ migrate: true });
    client = createPrismaClient(isolated.url);
  });
  afterAll(async () => {
    await client.$disconnect();
    await isolated.drop();
    await db.$disconnect();
  });

  it("sum paid money by month and measure, count helped families with small counts suppressed, and compare with the budget", async () => {
    for (let index = 0; index < 12; index++) await approvedScholarship("ALMALY", index, [{ month: "2026-10-01", amount: 5_000, status: "PAID" }, { month: "2026-11-01", amount: 5_000, status: "PAID" }]);
    for (let index = 0; index < 3; index++) await approvedScholarship("MEDEU", index, [{ month: "2026-11-01", amount: 5_000, status: "FAILED" }]);
    await client.budgetAllocation.create({ data: { year: 2026, measure: "SCHOLARSHIP", amountTenge: 1_200_000n, source: "Test decision" } });

    const figures = await computePublicFigures(NOW, client);
    expect(figures.months).toHaveLength(12);
    expect(figures.months.at(-1)).toBe("2026-11-01");
    // Failed payments are not money paid.
    expect(figures.paidByMonth.sort((a, b) => a.month.localeCompare(b.month))).toEqual([
      { month: "2026-10-01", measure: "SCHOLARSHIP", amountTenge: 60_000 },
      { month: "2026-11-01", measure: "SCHOLARSHIP", amountTenge: 60_000 },
    ]);
    expect(figures.familiesHelped).toEqual(expect.arrayContaining([
      { measure: "SCHOLARSHIP", district: "ALMALY", families: 12 },
      { measure: "SCHOLARSHIP", district: "MEDEU", families: null },
    ]));
    expect(figures.budget).toEqual({ year: 2026, rows: [{ measure: "SCHOLARSHIP", allocatedTenge: 1_200_000, paidTenge: 120_000 }] });
    expect(figures.queue.waiting).toBe(await client.housingQueueEntry.count({ where: { status: "WAITING" } }));
    // Nothing personal: no names, IINs or ids anywhere in the figures.
    const text = JSON.stringify(figures);
    const family = await client.family.findFirstOrThrow({ select: { id: true, applicant: { select: { fullName: true, iin: true } } } });
    for (const secret of [family.id, family.applicant.fullName, family.applicant.iin]) expect(text).not.toContain(secret);
  });
});
