// "Today" and "tomorrow" for rule changes: civil dates in Almaty, as the engine uses.
import { dateInAlmaty } from "@/lib/eligibility/dates";

/** The calendar day after `isoDate` (YYYY-MM-DD). */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The first day a new value may take effect: changes never reach back to today or earlier. */
export function firstAllowedEffectiveDate(now: Date): string {
  return nextDay(dateInAlmaty(now));
}

/** A `date` column (UTC midnight) as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
