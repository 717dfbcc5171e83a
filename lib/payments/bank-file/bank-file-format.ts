// The two CSV files exchanged with the bank (UTF-8, comma-separated, a header row, one
// row per payment, then a control row `CONTROL,<count>,<total tenge>`).
//
// Payment file (we send):   payment_id, recipient_name, recipient_iin, payee_account,
//                           amount_tenge, purpose, period
// Confirmation (we import): payment_id, status, amount_tenge, bank_reference, reason
//
// status is PAID, FAILED or RETURNED; reason is required for FAILED and RETURNED, the
// bank's reference for PAID. Amounts are whole tenge.
export const BANK_FILE_HEADER = ["payment_id", "recipient_name", "recipient_iin", "payee_account", "amount_tenge", "purpose", "period"] as const;
export const CONFIRMATION_HEADER = ["payment_id", "status", "amount_tenge", "bank_reference", "reason"] as const;
export const CONTROL_ROW_MARKER = "CONTROL";
