// The payment file for the bank, as text. Pure: the same payments give the same bytes,
// so exporting a run again reproduces the file the bank already has.
import { stringify } from "csv-stringify/sync";
import type { Measure } from "@/prisma/generated/enums";
import { BANK_FILE_HEADER, CONTROL_ROW_MARKER } from "./bank-file-format";
import { paymentPurpose } from "./payment-purpose";

export interface BankFilePayment {
  paymentId: string;
  recipientName: string;
  recipientIin: string;
  payeeAccount: string;
  amountTenge: number;
  measure: Measure;
  applicationReference: string;
}

export interface BankFile {
  content: string;
  count: number;
  totalTenge: number;
}

export function buildBankFile(periodMonth: string, payments: readonly BankFilePayment[]): BankFile {
  const sorted = [...payments].sort((a, b) => (a.paymentId < b.paymentId ? -1 : a.paymentId > b.paymentId ? 1 : 0));
  const totalTenge = sorted.reduce((sum, payment) => sum + payment.amountTenge, 0);
  const rows: string[][] = [
    [...BANK_FILE_HEADER],
    ...sorted.map((payment) => [
      payment.paymentId,
      payment.recipientName,
      payment.recipientIin,
      payment.payeeAccount,
      String(payment.amountTenge),
      paymentPurpose(payment.measure, payment.applicationReference, periodMonth),
      periodMonth,
    ]),
    [CONTROL_ROW_MARKER, String(sorted.length), String(totalTenge)],
  ];
  return { content: stringify(rows, { record_delimiter: "unix" }), count: sorted.length, totalTenge };
}
