// Reports count what the records say, in a database of their own; only supervisors and
// administrators may read them, and the CSV carries the same table as the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { reportToCsv } from "@/lib/reports/report-csv";
import { applicationsByStatus, deadlineCompliance, paymentsByMonth, submissionsByMonth } from "@/lib/reports/staff-reports";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import { createIsolatedDatabase } from "../../support/local-database";

let isolated: { url: string; drop(): Promise<void> };
let client: Database;
const NOW = new Date("2026-11-26T06:00:00Z");
const supervisor = { id: "usr_report_supervisor", role: "SUPERVISOR" as const, district: null };

describe("staff reports", () => {
  beforeAll(async () => {
    isolated = await createIsolatedDatabase({ migrate: true });
    client = createPrismaClient(isolated.url);
  });
  afterAll(async () => {
    await client.$disconnect();
    await isolated.drop();
    await db.$disconnect();
  });

  it("count applications, submissions, payments and decisions against their deadline", async () => {
    const family = await createCitizenWithFamily(client, { district: "TURKSIB" });
    const familyId = family.family.id as string;
    const base = { familyId, measure: "ONE_TIME_ASSISTANCE" as const };
    // Decided in October: one on time, one a day late; one open case past its deadline; one draft (not counted).
    await client.application.create({ data: { ...base, reference: "T-R-1", status: "APPROVED", submittedAt: new Date("2026-10-01T05:00:00Z"), dueAt: new Date("2026-10-15T05:00:00Z"), decidedAt: new Date("2026-10-14T05:00:00Z") } });
    await client.application.create({ data: { ...base, reference: "T-R-2", status: "REJECTED", submittedAt: new Date("2026-10-02T05:00:00Z"), dueAt: new Date("2026-10-16T05:00:00Z"), decidedAt: new Date("2026-10-17T05:00:00Z") } });
    const open = await client.application.create({ data: { ...base, measure: "SCHOLARSHIP", reference: "T-R-3", status: "IN_REVIEW", submittedAt: new Date("2026-11-02T05:00:00Z"), dueAt: new Date("2026-11-16T05:00:00Z") } });
    await client.application.create({ data: { ...base, measure: "UTILITIES_COMPENSATION", reference: "T-R-4", status: "DRAFT" } });
    const entitlement = await client.entitlement.create({ data: { applicationId: open.id, measure: "SCHOLARSHIP", amountTenge: 5_000, period: "MONTH", startsOn: new Date("2026-09-01"), endsOn: new Date("2027-05-31"), payee: "KZ00" } });
    await client.payment.create({ data: { entitlementId: entitlement.id, periodMonth: new Date("2026-10-01"), amountTenge: 5_000, status: "PAID" } });
    await client.payment.create({ data: { entitlementId: entitlement.id, periodMonth: new Date("2026-11-01"), amountTenge: 5_000, status: "FAILED" } });

    expect((await applicationsByStatus(supervisor, client)).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { measure: "ONE_TIME_ASSISTANCE", status: "APPROVED", count: 1 },
      { measure: "SCHOLARSHIP", status: "IN_REVIEW", count: 1 },
      { measure: "ONE_TIME_ASSISTANCE", status: "REJECTED", count: 1 },
    ]);
    const submissions = await submissionsByMonth(supervisor, NOW, client);
    expect(submissions.rows.sort((a, b) => a.month.localeCompare(b.month))).toEqual([
      { month: "2026-10-01", district: "TURKSIB", count: 2 },
      { month: "2026-11-01", district: "TURKSIB", count: 1 },
    ]);
    expect((await paymentsByMonth(supervisor, NOW, client)).rows.sort((a, b) => a.month.localeCompare(b.month))).toEqual([
      { month: "2026-10-01", status: "PAID", count: 1, amountTenge: 5_000 },
      { month: "2026-11-01", status: "FAILED", count: 1, amountTenge: 5_000 },
    ]);
    expect(await deadlineCompliance(supervisor, NOW, client)).toMatchObject({ rows: [{ month: "2026-10-01", onTime: 1, late: 1 }], breachedOpen: 1 });
  });

  it("are refused to caseworkers and citizens", async () => {
    for (const actor of [{ id: "usr_x", role: "CASEWORKER" as const, district: "ALMALY" as const }, { id: "usr_y", role: "CITIZEN" as const, district: null }]) {
      await expect(applicationsByStatus(actor, client)).rejects.toEqual(new AppError("FORBIDDEN"));
      await expect(deadlineCompliance(actor, NOW, client)).rejects.toEqual(new AppError("FORBIDDEN"));
    }
  });

  it("write CSV with a byte order mark, quoting text that needs it", () => {
    const csv = reportToCsv({ title: "t", headers: ["Мера", "Итого"], rows: [["Жилищный сертификат, 1 млн", 3]], chartColumn: 1 });
    expect(csv).toBe("\uFEFFМера,Итого\n\"Жилищный сертификат, 1 млн\",3\n");
  });
});
