// The supervisors' and administrators' reports: applications by status and measure,
// submissions by month and district, payments by month, and how often decisions met
// their statutory deadline. Aggregates only; each is one grouped SQL query.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";

/** The database to read; tests pass a database of their own. */
type Reader = Pick<Database, "$queryRaw" | "application">;
import { recentMonths } from "@/lib/statistics/recent-months";
import type { ApplicationStatus, District, Measure, PaymentStatus } from "@/prisma/generated/enums";

const monthKey = (date: Date) => date.toISOString().slice(0, 10);

export const REPORT_NAMES = ["applications-by-status", "submissions-by-month", "payments-by-month", "deadline-compliance"] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export async function applicationsByStatus(actor: Actor, client: Reader = db) {
  assertCan(actor, "read", "report");
  const rows = await client.application.groupBy({ by: ["measure", "status"], where: { status: { not: "DRAFT" } }, _count: { _all: true } });
  return rows.map((row) => ({ measure: row.measure as Measure, status: row.status as ApplicationStatus, count: row._count._all }));
}

export async function submissionsByMonth(actor: Actor, now = new Date(), client: Reader = db) {
  assertCan(actor, "read", "report");
  const months = recentMonths(now, 12);
  const rows = await client.$queryRaw<{ month: Date; district: District; count: bigint }[]>`
    SELECT date_trunc('month', a."submittedAt" + interval '5 hours')::date AS month, f."district" AS district, COUNT(*)::bigint AS count
    FROM "Application" a JOIN "Family" f ON f."id" = a."familyId"
    WHERE a."submittedAt" >= ${new Date(`${months[0]}T00:00:00Z`)}
    GROUP BY 1, 2`;
  return { months, rows: rows.map((row) => ({ month: monthKey(row.month), district: row.district, count: Number(row.count) })) };
}

export async function paymentsByMonth(actor: Actor, now = new Date(), client: Reader = db) {
  assertCan(actor, "read", "report");
  const months = recentMonths(now, 12);
  const rows = await client.$queryRaw<{ month: Date; status: PaymentStatus; count: bigint; amount: bigint }[]>`
    SELECT "periodMonth" AS month, "status" AS status, COUNT(*)::bigint AS count, SUM("amountTenge")::bigint AS amount
    FROM "Payment" WHERE "periodMonth" >= ${new Date(`${months[0]}T00:00:00Z`)}
    GROUP BY 1, 2`;
  return { months, rows: rows.map((row) => ({ month: monthKey(row.month), status: row.status, count: Number(row.count), amountTenge: Number(row.amount) })) };
}

/** Decisions by the month they were made: on time (by the deadline, pauses included) or late. */
export async function deadlineCompliance(actor: Actor, now = new Date(), client: Reader = db) {
  assertCan(actor, "read", "report");
  const months = recentMonths(now, 12);
  const [decided, breachedOpen] = await Promise.all([
    client.$queryRaw<{ month: Date; onTime: bigint; late: bigint }[]>`
      SELECT date_trunc('month', "decidedAt" + interval '5 hours')::date AS month,
             COUNT(*) FILTER (WHERE "decidedAt" <= "dueAt")::bigint AS "onTime",
             COUNT(*) FILTER (WHERE "decidedAt" > "dueAt")::bigint AS late
      FROM "Application"
      WHERE "decidedAt" >= ${new Date(`${months[0]}T00:00:00Z`)} AND "dueAt" IS NOT NULL
      GROUP BY 1`,
    client.application.count({ where: { status: { in: ["SUBMITTED", "IN_REVIEW", "APPEALED"] }, dueAt: { lt: now } } }),
  ]);
  return { months, rows: decided.map((row) => ({ month: monthKey(row.month), onTime: Number(row.onTime), late: Number(row.late) })), breachedOpen };
}
