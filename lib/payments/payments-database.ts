// The database the payment functions work on. They take it as an argument (the app passes
// lib/db/client's `db`) because the CLI and the benchmark run outside Next.js, where the
// server-only client module cannot be imported, with clients of their own.
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/prisma/generated/client";

export type PaymentsDatabase = Database;
export type PaymentsTransaction = Prisma.TransactionClient;

// Long enough for a run over the whole caseload and for runs queued behind the lock.
export const PAYMENT_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 } as const;
