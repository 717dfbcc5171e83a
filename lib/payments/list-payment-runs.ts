// The payment runs for the payments page: month, who started it, counts and sums by
// status. Runs are city-wide, so only staff who read payments of any district see them.
import { accessLevel, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { PaymentStatus } from "@/prisma/generated/enums";
import type { PaymentsDatabase } from "./payments-database";

export interface PaymentRunSummary {
  id: string;
  periodMonth: Date;
  createdAt: Date;
  startedByName: string | null;
  exportedAt: Date | null;
  confirmedAt: Date | null;
  payments: number;
  totalTenge: number;
  byStatus: Partial<Record<PaymentStatus, number>>;
}

/** Enough for two years of monthly runs with the odd repeat. */
const SHOWN_RUNS = 36;

export function assertCanReadRuns(actor: Actor): void {
  if (accessLevel(actor, "read", "payment") !== "any") throw new AppError("FORBIDDEN");
}

export async function listPaymentRuns(actor: Actor, database: PaymentsDatabase): Promise<PaymentRunSummary[]> {
  assertCanReadRuns(actor);
  const runs = await database.paymentRun.findMany({
    orderBy: [{ periodMonth: "desc" }, { createdAt: "desc" }],
    take: SHOWN_RUNS,
    select: { id: true, periodMonth: true, createdAt: true, exportedAt: true, confirmedAt: true, startedBy: { select: { fullName: true } } },
  });
  const groups = await database.payment.groupBy({
    by: ["runId", "status"],
    where: { runId: { in: runs.map((run) => run.id) } },
    _count: { _all: true },
    _sum: { amountTenge: true },
  });
  return runs.map((run) => {
    const own = groups.filter((group) => group.runId === run.id);
    return {
      id: run.id,
      periodMonth: run.periodMonth,
      createdAt: run.createdAt,
      startedByName: run.startedBy?.fullName ?? null,
      exportedAt: run.exportedAt,
      confirmedAt: run.confirmedAt,
      payments: own.reduce((sum, group) => sum + group._count._all, 0),
      totalTenge: own.reduce((sum, group) => sum + (group._sum.amountTenge ?? 0), 0),
      byStatus: Object.fromEntries(own.map((group) => [group.status, group._count._all])),
    };
  });
}
