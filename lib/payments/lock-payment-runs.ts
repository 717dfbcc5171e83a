// Payment runs (and the bank-file steps of a run) take one transaction-scoped advisory
// lock, so runs started at the same moment — two supervisors, a button and the CLI —
// happen one after the other and the second finds nothing left to create. The lock is
// one for all months, not one per month: a one-time entitlement may be paid by the run
// of any month, and two runs of different months at once must not both pay it.
import type { PaymentsTransaction } from "./payments-database";

// Arbitrary constants naming "payment runs" among the application's advisory locks
// (the two-key form lives apart from the one-key locks other features use).
const PAYMENT_LOCK_CLASS = 5_177_100;
const ALL_RUNS = 0;

export async function lockPaymentRuns(tx: Pick<PaymentsTransaction, "$executeRaw">): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PAYMENT_LOCK_CLASS}::int, ${ALL_RUNS}::int)`;
}
