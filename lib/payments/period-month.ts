// Months of payment runs. A month is written "YYYY-MM" in forms, URLs and the CLI, and
// stored as its first day (a @db.Date, i.e. UTC midnight). "This month" is Almaty's.
import { dateInAlmaty } from "@/lib/eligibility/dates";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriodMonth(text: string): boolean {
  const match = MONTH.exec(text);
  return match !== null && Number(match[1]) >= 2000 && Number(match[1]) <= 2100;
}

/** "2026-12" → "2026-12-01". */
export function firstDayOf(periodMonth: string): string {
  return `${periodMonth}-01`;
}

/** "2026-02" → "2026-02-28": the last day, for "starts on or before the end of the month". */
export function lastDayOf(periodMonth: string): string {
  const [year, month] = periodMonth.split("-").map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${periodMonth}-${String(day).padStart(2, "0")}`;
}

/** The first day as the Date Prisma stores for a @db.Date column. */
export function periodMonthDate(periodMonth: string): Date {
  return new Date(`${firstDayOf(periodMonth)}T00:00:00.000Z`);
}

/** A stored first-of-month date back to "YYYY-MM". */
export function periodMonthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function addMonths(periodMonth: string, months: number): string {
  const [year, month] = periodMonth.split("-").map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, month - 1 + months, 1));
  return shifted.toISOString().slice(0, 7);
}

/** The month it is in Almaty at `now`. */
export function currentPeriodMonth(now: Date): string {
  return dateInAlmaty(now).slice(0, 7);
}
