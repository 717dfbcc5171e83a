// Exports a run's bank payment file: its SCHEDULED payments become SENT and the run is
// marked exported, in one transaction with the audit entry, and the file lists every
// payment the bank has not answered yet (SCHEDULED or SENT). Exporting again sends the
// same file. Only those who run payments may export: the file carries IINs and accounts.
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/prisma/generated/client";
import { lockPaymentRuns } from "../lock-payment-runs";
import { assertPaymentTransition, BANK_FILE_STATUSES } from "../payment-status";
import { PAYMENT_TRANSACTION_OPTIONS, type PaymentsDatabase } from "../payments-database";
import { periodMonthOf } from "../period-month";
import { buildBankFile, type BankFile, type BankFilePayment } from "./build-bank-file";

export interface ExportedBankFile extends BankFile {
  fileName: string;
}

export async function exportBankFile(actor: Actor, runId: string, now: Date, database: PaymentsDatabase): Promise<ExportedBankFile> {
  assertCan(actor, "run", "payment");
  return database.$transaction(async (tx) => {
    // The same lock as the runs: an export never interleaves with a run or an import.
    await lockPaymentRuns(tx);
    const run = await tx.paymentRun.findUnique({ where: { id: runId }, select: { id: true, periodMonth: true, exportedAt: true } });
    if (!run) throw new AppError("NOT_FOUND");
    assertPaymentTransition("SCHEDULED", "SENT");
    const sent = await tx.payment.updateMany({ where: { runId, status: "SCHEDULED" }, data: { status: "SENT", sentAt: now } });
    if (!run.exportedAt) await tx.paymentRun.update({ where: { id: runId }, data: { exportedAt: now } });
    // One query for the whole run (50,000 rows): the recipient is the family's applicant.
    const rows = await tx.$queryRaw<BankFilePayment[]>`
      SELECT p."id" AS "paymentId", u."fullName" AS "recipientName", u."iin" AS "recipientIin", e."payee" AS "payeeAccount",
             p."amountTenge" AS "amountTenge", e."measure"::text AS "measure", a."reference" AS "applicationReference"
      FROM "Payment" p
      JOIN "Entitlement" e ON e."id" = p."entitlementId"
      JOIN "Application" a ON a."id" = e."applicationId"
      JOIN "Family" f ON f."id" = a."familyId"
      JOIN "User" u ON u."id" = f."applicantId"
      WHERE p."runId" = ${runId} AND p."status"::text IN (${Prisma.join([...BANK_FILE_STATUSES])})`;
    const periodMonth = periodMonthOf(run.periodMonth);
    const file = buildBankFile(periodMonth, rows);
    await recordAudit(tx, {
      actor, action: "payment-run.export", entityType: "PaymentRun", entityId: runId,
      after: { periodMonth, payments: file.count, totalTenge: file.totalTenge, newlySent: sent.count },
    });
    return { ...file, fileName: `bakytty-payments-${periodMonth}-${runId}.csv` };
  }, PAYMENT_TRANSACTION_OPTIONS);
}
