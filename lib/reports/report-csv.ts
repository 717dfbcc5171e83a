// A report as a CSV file: the same table as the page, with a UTF-8 byte order mark so
// spreadsheet programs open Kazakh and Russian text correctly.
import { stringify } from "csv-stringify/sync";
import type { ReportTable } from "./report-tables";

export function reportToCsv(table: ReportTable): string {
  return `\uFEFF${stringify([table.headers, ...table.rows])}`;
}
