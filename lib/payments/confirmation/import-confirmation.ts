// Imports the bank's confirmation of a run: every payment in the file becomes PAID,
// FAILED or RETURNED, all at once or not at all. The whole file is refused — nothing
// written — when a line is wrong, the control row does not add up, a payment belongs to
// another run, is not SENT (already confirmed or never sent), has another amount, or the
// same file (by SHA-256) was imported already. The checks run inside the transaction,
// under the payment-run lock, so two imports of one file at once cannot both apply.
import { createHash } from "node:crypto";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import type { PaymentStatus } from "@/prisma/generated/enums";
import { lockPaymentRuns } from "../lock-payment-runs";
import { canChangePaymentStatus } from "../payment-status";
import { PAYMENT_TRANSACTION_OPTIONS, type PaymentsDatabase, type PaymentsTransaction } from "../payments-database";
import { MAX_CONFIRMATION_BYTES, MAX_LISTED_PROBLEMS, type ConfirmationProblem } from "./confirmation-problem";
import { parseConfirmation, type ConfirmationRow } from "./parse-confirmation";

export type ImportConfirmationResult =
  | { ok: true; paid: number; failed: number; returned: number; paidTenge: number }
  | { ok: false; problems: ConfirmationProblem[] };

/** Thrown inside the transaction to roll it back; turned into the refusal outside. */
class RefusedFile extends Error {
  constructor(readonly problems: ConfirmationProblem[]) {
    super("refused confirmation file");
  }
}

async function checkAgainstRun(tx: PaymentsTransaction, runId: string, rows: readonly ConfirmationRow[]): Promise<ConfirmationProblem[]> {
  const stored = await tx.payment.findMany({
    where: { id: { in: rows.map((row) => row.paymentId) } },
    select: { id: true, runId: true, status: true, amountTenge: true },
  });
  const byId = new Map(stored.map((payment) => [payment.id, payment]));
  const problems: ConfirmationProblem[] = [];
  for (const row of rows) {
    const payment = byId.get(row.paymentId);
    // A payment of another run is reported like an unknown one: the file is for this run.
    if (!payment || payment.runId !== runId) problems.push({ code: "notInRun", line: row.line, values: { paymentId: row.paymentId } });
    else if (!canChangePaymentStatus(payment.status, row.status)) {
      problems.push({ code: "notSent", line: row.line, values: { paymentId: row.paymentId, status: payment.status } });
    } else if (payment.amountTenge !== row.amountTenge) {
      problems.push({ code: "amountDiffers", line: row.line, values: { expected: payment.amountTenge, actual: row.amountTenge } });
    }
    if (problems.length >= MAX_LISTED_PROBLEMS) break;
  }
  return problems;
}

async function applyRows(tx: PaymentsTransaction, rows: readonly ConfirmationRow[], now: Date): Promise<void> {
  const at = now.toISOString();
  // One statement for the whole file; the WHERE repeats the SENT condition so a payment
  // changed since the check is not overwritten (the count check below then refuses).
  const updated = await tx.$executeRaw`
    UPDATE "Payment" p SET
      "status" = x.status::"PaymentStatus",
      "paidAt" = CASE WHEN x.status = 'PAID' THEN (${at}::timestamptz AT TIME ZONE 'UTC') ELSE NULL END,
      "failureReason" = NULLIF(x.reason, ''),
      "bankReference" = NULLIF(x.reference, ''),
      "updatedAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(${rows.map((row) => row.paymentId)}::text[], ${rows.map((row) => row.status)}::text[],
                ${rows.map((row) => row.bankReference ?? "")}::text[], ${rows.map((row) => row.reason ?? "")}::text[])
      AS x(id, status, reference, reason)
    WHERE p."id" = x.id AND p."status" = 'SENT'`;
  if (updated !== rows.length) throw new AppError("CONFLICT", "confirmation:payments-changed");
}

function countBy(rows: readonly ConfirmationRow[], status: PaymentStatus): number {
  return rows.filter((row) => row.status === status).length;
}

export async function importConfirmation(
  actor: Actor,
  input: { runId: string; content: Uint8Array },
  now: Date,
  database: PaymentsDatabase,
): Promise<ImportConfirmationResult> {
  assertCan(actor, "run", "payment");
  if (input.content.byteLength === 0) return { ok: false, problems: [{ code: "empty" }] };
  if (input.content.byteLength > MAX_CONFIRMATION_BYTES) return { ok: false, problems: [{ code: "tooLarge" }] };
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(input.content);
  try {
    return await database.$transaction(async (tx) => {
      await lockPaymentRuns(tx);
      const run = await tx.paymentRun.findUnique({ where: { id: input.runId }, select: { id: true, confirmationSha256: true } });
      if (!run) throw new AppError("NOT_FOUND");
      if (run.confirmationSha256 === sha256) throw new RefusedFile([{ code: "alreadyImported" }]);
      const parsed = parseConfirmation(text);
      if (!parsed.ok) throw new RefusedFile(parsed.problems);
      const problems = await checkAgainstRun(tx, run.id, parsed.rows);
      if (problems.length) throw new RefusedFile(problems);
      await applyRows(tx, parsed.rows, now);
      await tx.paymentRun.update({ where: { id: run.id }, data: { confirmedAt: now, confirmationSha256: sha256 } });
      const result = {
        ok: true as const,
        paid: countBy(parsed.rows, "PAID"),
        failed: countBy(parsed.rows, "FAILED"),
        returned: countBy(parsed.rows, "RETURNED"),
        paidTenge: parsed.rows.filter((row) => row.status === "PAID").reduce((sum, row) => sum + row.amountTenge, 0),
      };
      await recordAudit(tx, {
        actor, action: "payment-run.confirm", entityType: "PaymentRun", entityId: run.id,
        after: { sha256, payments: parsed.rows.length, paid: result.paid, failed: result.failed, returned: result.returned, paidTenge: result.paidTenge },
      });
      return result;
    }, PAYMENT_TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof RefusedFile) return { ok: false, problems: error.problems };
    throw error;
  }
}
