// The payment status machine. A payment is created SCHEDULED by a run, becomes SENT when
// the run's bank file is exported, and the bank's confirmation file settles it as PAID,
// FAILED or RETURNED. Every payment status change in the code is checked here.
import { AppError } from "@/lib/errors/app-error";
import type { PaymentStatus } from "@/prisma/generated/enums";

const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  SCHEDULED: ["SENT"],
  SENT: ["PAID", "FAILED", "RETURNED"],
  // Settled: the bank has answered; a new attempt would be a new payment.
  PAID: [],
  FAILED: [],
  RETURNED: [],
};

/** The statuses a bank's confirmation file may give a payment. */
export const CONFIRMATION_STATUSES = ["PAID", "FAILED", "RETURNED"] as const satisfies readonly PaymentStatus[];
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];

/** The statuses whose payments go into the bank file (not yet answered by the bank). */
export const BANK_FILE_STATUSES = ["SCHEDULED", "SENT"] as const satisfies readonly PaymentStatus[];

export function canChangePaymentStatus(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertPaymentTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canChangePaymentStatus(from, to)) throw new AppError("CONFLICT", `payment-transition:${from}->${to}`);
}

export function isConfirmationStatus(value: string): value is ConfirmationStatus {
  return (CONFIRMATION_STATUSES as readonly string[]).includes(value);
}

/** Every allowed transition, for tests and documentation. */
export function allowedPaymentTransitions(): { from: PaymentStatus; to: PaymentStatus }[] {
  return Object.entries(TRANSITIONS).flatMap(([from, targets]) => targets.map((to) => ({ from: from as PaymentStatus, to })));
}
