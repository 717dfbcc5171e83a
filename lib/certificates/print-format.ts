// How figures are printed on the bilingual certificate: one form readable in Kazakh and
// Russian alike (dd.mm.yyyy, digits grouped by three with no-break spaces).
import { dateInAlmaty } from "@/lib/eligibility/dates";

const NO_BREAK_SPACE = "\u00a0";

/** 1000000 → "1 000 000 ₸" with no-break spaces, so the amount never splits across lines. */
export function formatTengeForPrint(amountTenge: number): string {
  if (!Number.isSafeInteger(amountTenge)) throw new RangeError("amounts are whole tenge");
  const sign = amountTenge < 0 ? "-" : "";
  const digits = String(Math.abs(amountTenge)).replace(/\B(?=(\d{3})+(?!\d))/g, NO_BREAK_SPACE);
  return `${sign}${digits}${NO_BREAK_SPACE}₸`;
}

/** A civil date `YYYY-MM-DD` as dd.mm.yyyy. */
export function formatIsoDateForPrint(isoDate: string): string {
  return `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}`;
}

/** An instant as its day in Almaty, dd.mm.yyyy. */
export function formatInstantForPrint(instant: Date): string {
  return formatIsoDateForPrint(dateInAlmaty(instant));
}

/** A stored civil date (UTC midnight) as dd.mm.yyyy. */
export function formatCivilDateForPrint(date: Date): string {
  return formatIsoDateForPrint(date.toISOString().slice(0, 10));
}
