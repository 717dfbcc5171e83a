// One payment run with a page of its payments (optionally of one status), for the run's
// page. The recipient is shown by name only; the IIN stays in the bank file.
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { Measure, PaymentStatus } from "@/prisma/generated/enums";
import { assertCanReadRuns } from "./list-payment-runs";
import type { PaymentsDatabase } from "./payments-database";

export const PAYMENTS_PER_PAGE = 50;

export interface PaymentRunPayment {
  id: string;
  status: PaymentStatus;
  amountTenge: number;
  measure: Measure;
  applicationId: string;
  applicationReference: string;
  recipientName: string;
  bankReference: string | null;
  failureReason: string | null;
}

export interface PaymentRunDetail {
  id: string;
  periodMonth: Date;
  createdAt: Date;
  startedByName: string | null;
  exportedAt: Date | null;
  confirmedAt: Date | null;
  counts: Partial<Record<PaymentStatus, number>>;
  totals: Partial<Record<PaymentStatus, number>>;
  payments: PaymentRunPayment[];
  /** Payments matching the status filter, for pagination. */
  matching: number;
  page: number;
  pages: number;
}

export async function getPaymentRun(
  actor: Actor,
  input: { runId: string; status: PaymentStatus | null; page: number },
  database: PaymentsDatabase,
): Promise<PaymentRunDetail> {
  assertCanReadRuns(actor);
  const run = await database.paymentRun.findUnique({
    where: { id: input.runId },
    select: { id: true, periodMonth: true, createdAt: true, exportedAt: true, confirmedAt: true, startedBy: { select: { fullName: true } } },
  });
  if (!run) throw new AppError("NOT_FOUND");
  const where = { runId: run.id, ...(input.status ? { status: input.status } : {}) };
  const [groups, matching] = await Promise.all([
    database.payment.groupBy({ by: ["status"], where: { runId: run.id }, _count: { _all: true }, _sum: { amountTenge: true } }),
    database.payment.count({ where }),
  ]);
  const pages = Math.max(1, Math.ceil(matching / PAYMENTS_PER_PAGE));
  const page = Math.min(Math.max(1, input.page), pages);
  const rows = await database.payment.findMany({
    where,
    orderBy: { id: "asc" },
    skip: (page - 1) * PAYMENTS_PER_PAGE,
    take: PAYMENTS_PER_PAGE,
    select: {
      id: true, status: true, amountTenge: true, bankReference: true, failureReason: true,
      entitlement: {
        select: {
          measure: true,
          application: { select: { id: true, reference: true, family: { select: { applicant: { select: { fullName: true } } } } } },
        },
      },
    },
  });
  return {
    id: run.id,
    periodMonth: run.periodMonth,
    createdAt: run.createdAt,
    startedByName: run.startedBy?.fullName ?? null,
    exportedAt: run.exportedAt,
    confirmedAt: run.confirmedAt,
    counts: Object.fromEntries(groups.map((group) => [group.status, group._count._all])),
    totals: Object.fromEntries(groups.map((group) => [group.status, group._sum.amountTenge ?? 0])),
    payments: rows.map((row) => ({
      id: row.id,
      status: row.status,
      amountTenge: row.amountTenge,
      measure: row.entitlement.measure,
      applicationId: row.entitlement.application.id,
      applicationReference: row.entitlement.application.reference,
      recipientName: row.entitlement.application.family.applicant.fullName,
      bankReference: row.bankReference,
      failureReason: row.failureReason,
    })),
    matching,
    page,
    pages,
  };
}
