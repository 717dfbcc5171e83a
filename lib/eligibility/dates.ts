// Calendar arithmetic on ISO `YYYY-MM-DD` strings. Rules never see a clock or a time
// zone: a date is a civil date in Almaty, and callers pass it in.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written as `YYYY-MM-DD` (so "2025-02-29" is false). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The date as the number YYYYMMDD. Ordering of these numbers is calendar order, and
 * (later - earlier) / 10000 floors to whole years, which makes age a subtraction.
 * Callers validate the text first (zod does at the boundary), so this only reads digits.
 */
export function toDateNumber(isoDate: string): number {
  return (
    (isoDate.charCodeAt(0) - 48) * 10_000_000 +
    (isoDate.charCodeAt(1) - 48) * 1_000_000 +
    (isoDate.charCodeAt(2) - 48) * 100_000 +
    (isoDate.charCodeAt(3) - 48) * 10_000 +
    (isoDate.charCodeAt(5) - 48) * 1_000 +
    (isoDate.charCodeAt(6) - 48) * 100 +
    (isoDate.charCodeAt(8) - 48) * 10 +
    (isoDate.charCodeAt(9) - 48)
  );
}

function fromDateNumber(value: number): string {
  const year = Math.floor(value / 10_000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Age in full years on `asOfNumber` (both YYYYMMDD). A birthday counts on its day.
 * Someone born on 29 February has their birthday on 28 February in common years:
 * Kazakhstan's Civil Code ends a period reckoned in years on the last day of the
 * month when that month has no such day.
 */
export function ageInFullYears(birthNumber: number, asOfNumber: number): number {
  let birth = birthNumber;
  if (birth % 10_000 === 229 && !isLeapYear(Math.floor(asOfNumber / 10_000))) birth -= 1;
  return Math.floor((asOfNumber - birth) / 10_000);
}

/** Age on `asOf` of someone born on `birthDate`, both ISO dates. */
export function ageOn(birthDate: string, asOf: string): number {
  return ageInFullYears(toDateNumber(birthDate), toDateNumber(asOf));
}

/** The day someone born on `birthDate` turns `years` old (29 Feb → 28 Feb in common years). */
export function birthdayAtAge(birthDate: string, years: number): string {
  const birth = toDateNumber(birthDate);
  const year = Math.floor(birth / 10_000) + years;
  let monthDay = birth % 10_000;
  if (monthDay === 229 && !isLeapYear(year)) monthDay = 228;
  return fromDateNumber(year * 10_000 + monthDay);
}

/**
 * The civil date in Almaty at `instant`, as `YYYY-MM-DD`. The instant is an argument:
 * only the edges of the app (route, CLI) read the clock, the rules never do.
 */
export function dateInAlmaty(instant: Date): string {
  return ALMATY_DATE.format(instant);
}

// "en-CA" writes dates as YYYY-MM-DD.
const ALMATY_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" });
