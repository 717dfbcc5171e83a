// Reads a bank confirmation file (format in bank-file/bank-file-format.ts) into rows, or
// the list of what is wrong with it, line by line. Pure: the database checks (is the
// payment in this run, still SENT, of this amount) come after, in import-confirmation.ts.
import { parse } from "csv-parse/sync";
import { CONFIRMATION_HEADER, CONTROL_ROW_MARKER } from "../bank-file/bank-file-format";
import { isConfirmationStatus, type ConfirmationStatus } from "../payment-status";
import { MAX_LISTED_PROBLEMS, type ConfirmationProblem } from "./confirmation-problem";

export interface ConfirmationRow {
  line: number;
  paymentId: string;
  status: ConfirmationStatus;
  amountTenge: number;
  bankReference: string | null;
  reason: string | null;
}

export type ParsedConfirmation = { ok: true; rows: ConfirmationRow[] } | { ok: false; problems: ConfirmationProblem[] };

const WHOLE_TENGE = /^\d{1,15}$/;

interface CsvRecord {
  line: number;
  cells: string[];
}

function readRecords(content: string): CsvRecord[] | null {
  try {
    const records = parse(content, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
  } catch {
    return null;
  }
}

function parsePaymentRow({ line, cells }: CsvRecord, problems: ConfirmationProblem[]): ConfirmationRow | null {
  if (cells.length !== CONFIRMATION_HEADER.length) {
    problems.push({ code: "columnCount", line, values: { expected: CONFIRMATION_HEADER.length, actual: cells.length } });
    return null;
  }
  const [paymentId = "", status = "", amount = "", bankReference = "", reason = ""] = cells;
  const before = problems.length;
  if (!paymentId) problems.push({ code: "paymentIdMissing", line });
  if (!isConfirmationStatus(status)) problems.push({ code: "statusUnknown", line, values: { status } });
  if (!WHOLE_TENGE.test(amount)) problems.push({ code: "amountInvalid", line, values: { amount } });
  if (status === "PAID" && !bankReference) problems.push({ code: "referenceMissing", line });
  if ((status === "FAILED" || status === "RETURNED") && !reason) problems.push({ code: "reasonMissing", line });
  if (problems.length > before || !isConfirmationStatus(status)) return null;
  return { line, paymentId, status, amountTenge: Number(amount), bankReference: bankReference || null, reason: reason || null };
}

function checkControl(control: CsvRecord, rows: readonly ConfirmationRow[], problems: ConfirmationProblem[]): void {
  const [, count = "", total = ""] = control.cells;
  if (control.cells.length !== 3 || !WHOLE_TENGE.test(count) || !WHOLE_TENGE.test(total)) {
    problems.push({ code: "controlInvalid", line: control.line });
    return;
  }
  if (Number(count) !== rows.length) {
    problems.push({ code: "countMismatch", line: control.line, values: { stated: Number(count), actual: rows.length } });
  }
  const sum = rows.reduce((total, row) => total + row.amountTenge, 0);
  if (Number(total) !== sum) problems.push({ code: "totalMismatch", line: control.line, values: { stated: Number(total), actual: sum } });
}

export function parseConfirmation(content: string): ParsedConfirmation {
  const records = readRecords(content);
  if (records === null) return { ok: false, problems: [{ code: "unreadable" }] };
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [{ code: "empty" }] };
  if (header.cells.join(",") !== CONFIRMATION_HEADER.join(",")) {
    return { ok: false, problems: [{ code: "headerInvalid", line: header.line, values: { expected: CONFIRMATION_HEADER.join(", ") } }] };
  }
  const problems: ConfirmationProblem[] = [];
  const rows: ConfirmationRow[] = [];
  const seen = new Set<string>();
  let control: CsvRecord | null = null;
  for (const record of body) {
    if (control) {
      problems.push({ code: "rowAfterControl", line: record.line });
      continue;
    }
    if (record.cells[0] === CONTROL_ROW_MARKER) {
      control = record;
      continue;
    }
    const row = parsePaymentRow(record, problems);
    if (!row) continue;
    if (seen.has(row.paymentId)) problems.push({ code: "duplicatePayment", line: row.line, values: { paymentId: row.paymentId } });
    seen.add(row.paymentId);
    rows.push(row);
  }
  if (!control) problems.push({ code: "controlMissing" });
  else if (problems.length === 0) checkControl(control, rows, problems);
  if (problems.length === 0 && rows.length === 0) problems.push({ code: "empty" });
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS) } : { ok: true, rows };
}
