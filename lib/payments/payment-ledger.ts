// The ledger: payments of a year by month and measure — how many scheduled, sent, paid,
// failed and returned, and the sum paid. Caseworkers see their district's families only;
// supervisors and administrators the whole city.
import { accessLevel, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/prisma/generated/client";
import type { District, Measure } from "@/prisma/generated/enums";
import type { PaymentsDatabase } from "./payments-database";

export interface LedgerRow {
  periodMonth: string;
  measure: Measure;
  scheduled: number;
  sent: number;
  paid: number;
  failed: number;
  returned: number;
  paidTenge: number;
}

export interface Ledger {
  year: number;
  /** The caseworker's district, or null for the whole city. */
  district: District | null;
  rows: LedgerRow[];
  /** Years that have payments, newest first, for the year filter. */
  years: number[];
  totals: Omit<LedgerRow, "periodMonth" | "measure">;
}

interface LedgerQueryRow {
  periodMonth: string;
  measure: Measure;
  scheduled: number;
  sent: number;
  paid: number;
  failed: number;
  returned: number;
  paidTenge: bigint;
}

export async function getPaymentLedger(actor: Actor, input: { year: number }, database: PaymentsDatabase): Promise<Ledger> {
  const access = accessLevel(actor, "read", "payment");
  if (access !== "any" && access !== "district") throw new AppError("FORBIDDEN");
  const district = access === "district" ? actor.district : null;
  if (access === "district" && !district) throw new AppError("FORBIDDEN");
  const districtFilter = district ? Prisma.sql`AND f."district" = ${district}::"District"` : Prisma.empty;
  const [rows, years] = await Promise.all([
    database.$queryRaw<LedgerQueryRow[]>`
    SELECT to_char(p."periodMonth", 'YYYY-MM') AS "periodMonth", e."measure"::text AS "measure",
           count(*) FILTER (WHERE p."status" = 'SCHEDULED')::int AS "scheduled",
           count(*) FILTER (WHERE p."status" = 'SENT')::int AS "sent",
           count(*) FILTER (WHERE p."status" = 'PAID')::int AS "paid",
           count(*) FILTER (WHERE p."status" = 'FAILED')::int AS "failed",
           count(*) FILTER (WHERE p."status" = 'RETURNED')::int AS "returned",
           coalesce(sum(p."amountTenge") FILTER (WHERE p."status" = 'PAID'), 0)::bigint AS "paidTenge"
    FROM "Payment" p
    JOIN "Entitlement" e ON e."id" = p."entitlementId"
    JOIN "Application" a ON a."id" = e."applicationId"
    JOIN "Family" f ON f."id" = a."familyId"
    WHERE p."periodMonth" >= make_date(${input.year}::int, 1, 1) AND p."periodMonth" < make_date(${input.year + 1}::int, 1, 1)
    ${districtFilter}
    GROUP BY 1, 2
    ORDER BY 1, 2`,
    database.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT extract(year FROM p."periodMonth")::int AS "year" FROM "Payment" p ORDER BY 1 DESC`,
  ]);
  const ledgerRows = rows.map((row) => ({ ...row, paidTenge: Number(row.paidTenge) }));
  const totals = { scheduled: 0, sent: 0, paid: 0, failed: 0, returned: 0, paidTenge: 0 };
  for (const row of ledgerRows) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += row[key];
  }
  return { year: input.year, district, rows: ledgerRows, years: years.map((row) => row.year), totals };
}
