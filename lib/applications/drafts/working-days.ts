// The statutory review period counts working days: Monday to Friday. Public holidays are
// not modelled yet, so the date is the earliest the law allows, never later than it.
const DAY_MS = 86_400_000;
// Almaty is at UTC+5 all year: the weekday is the one on the family's calendar.
const ALMATY_OFFSET_MS = 5 * 3_600_000;

/** `start` moved forward by `days` working days (Saturdays and Sundays skipped), same time of day. */
export function addWorkingDays(start: Date, days: number): Date {
  let current = start.getTime();
  let remaining = days;
  while (remaining > 0) {
    current += DAY_MS;
    const weekday = new Date(current + ALMATY_OFFSET_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return new Date(current);
}

export const REVIEW_PERIOD_WORKING_DAYS = 10;
