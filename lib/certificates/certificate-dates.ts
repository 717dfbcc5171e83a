// Calendar arithmetic on ISO dates for certificate validity, in whole months.

/** `isoDate` moved by `months`; a day missing in the target month becomes its last day. */
export function addMonthsToIsoDate(isoDate: string, months: number, options: { dayBefore?: boolean } = {}): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1 + months;
  const day = Number(isoDate.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  let date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  if (options.dayBefore) date = new Date(date.getTime() - 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * The last day a certificate issued on `issuedOn` can be used: the day before the same
 * date `validityMonths` later (issued 2026-03-15 for 6 months → valid through 2026-09-14).
 * As a UTC-midnight Date, the way `@db.Date` columns store a civil date.
 */
export function certificateValidUntil(issuedOn: string, validityMonths: number): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) throw new RangeError("issuedOn must be a date YYYY-MM-DD");
  if (!Number.isInteger(validityMonths) || validityMonths < 1) throw new RangeError("validityMonths must be a whole number of at least 1");
  return new Date(`${addMonthsToIsoDate(issuedOn, validityMonths, { dayBefore: true })}T00:00:00Z`);
}
