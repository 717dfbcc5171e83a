// The monthly payment run: one SCHEDULED payment per entitlement due in the month, in a
// new PaymentRun. Safe to repeat and to start twice at once: the unique key
// (entitlementId, periodMonth) with ON CONFLICT DO NOTHING never lets a payment exist
// twice, and the advisory lock makes concurrent runs wait for each other, so the later
// one finds nothing new and creates no empty run. One INSERT … SELECT does the work in
// the database: 50,000 entitlements take seconds, not minutes.
import { randomUUID } from "node:crypto";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockPaymentRuns } from "./lock-payment-runs";
import { PAYMENT_TRANSACTION_OPTIONS, type PaymentsDatabase } from "./payments-database";
import { firstDayOf, lastDayOf, periodMonthDate } from "./period-month";

export interface RunPaymentsInput {
  /** "YYYY-MM", already validated (see runPaymentsSchema). */
  periodMonth: string;
}

export type RunPaymentsResult =
  | { status: "created"; runId: string; periodMonth: string; payments: number; totalTenge: number }
  | { status: "nothing-new"; periodMonth: string };

export async function runPayments(actor: Actor, input: RunPaymentsInput, now: Date, database: PaymentsDatabase): Promise<RunPaymentsResult> {
  assertCan(actor, "run", "payment");
  const { periodMonth } = input;
  const firstDay = firstDayOf(periodMonth);
  const lastDay = lastDayOf(periodMonth);
  const at = now.toISOString();
  return database.$transaction(async (tx) => {
    await lockPaymentRuns(tx);
    const run = await tx.paymentRun.create({
      data: { id: `run_${randomUUID().replaceAll("-", "")}`, periodMonth: periodMonthDate(periodMonth), startedById: actor.id, createdAt: now },
      select: { id: true },
    });
    // Monthly entitlements whose dates overlap the month (academic months, a year of
    // utilities… are already in the entitlement's dates); one-time entitlements that
    // have started and have no payment at all yet. Only approved applications pay.
    const [inserted] = await tx.$queryRaw<{ payments: number; total: bigint }[]>`
      WITH inserted AS (
        INSERT INTO "Payment" ("id", "entitlementId", "runId", "periodMonth", "amountTenge", "status", "createdAt", "updatedAt")
        SELECT 'pay_' || replace(gen_random_uuid()::text, '-', ''), e."id", ${run.id}, ${firstDay}::date, e."amountTenge",
               'SCHEDULED'::"PaymentStatus", (${at}::timestamptz AT TIME ZONE 'UTC'), (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM "Entitlement" e
        JOIN "Application" a ON a."id" = e."applicationId"
        WHERE a."status" = 'APPROVED'
          AND e."startsOn" <= ${lastDay}::date
          AND (
            (e."period" = 'MONTH' AND (e."endsOn" IS NULL OR e."endsOn" >= ${firstDay}::date))
            OR (e."period" = 'ONCE' AND NOT EXISTS (SELECT 1 FROM "Payment" p WHERE p."entitlementId" = e."id"))
          )
        ON CONFLICT DO NOTHING
        RETURNING "amountTenge"
      )
      SELECT count(*)::int AS "payments", coalesce(sum("amountTenge"), 0)::bigint AS "total" FROM inserted`;
    const payments = inserted?.payments ?? 0;
    const totalTenge = Number(inserted?.total ?? 0n);
    if (payments === 0) {
      // Nothing due that is not paid already: no empty run in the list.
      await tx.paymentRun.delete({ where: { id: run.id } });
      return { status: "nothing-new" as const, periodMonth };
    }
    await recordAudit(tx, {
      actor, action: "payment-run.create", entityType: "PaymentRun", entityId: run.id,
      after: { periodMonth, payments, totalTenge },
    });
    return { status: "created" as const, runId: run.id, periodMonth, payments, totalTenge };
  }, PAYMENT_TRANSACTION_OPTIONS);
}
