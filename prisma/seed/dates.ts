// Date helpers for the seed: dates are ISO strings (YYYY-MM-DD); instants are Dates in UTC.
import { dayToIsoDate, isoDateToDay, type Random } from "./random";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function addYearsToIsoDate(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split("-");
  const shifted = `${String(Number(year) + years).padStart(4, "0")}-${month}-${day}`;
  return shifted.endsWith("-02-29") && !isLeapYear(Number(year) + years) ? shifted.replace(/29$/, "28") : shifted;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole years between a birth date and `asOf`. */
export function ageOn(birthDate: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A birth date that makes someone exactly `age` years old on `asOf`. */
export function birthDateForAge(random: Random, asOf: string, age: number): string {
  const latest = addYearsToIsoDate(asOf, -age);
  const earliest = dayToIsoDate(isoDateToDay(addYearsToIsoDate(asOf, -(age + 1))) + 1);
  return random.dateBetween(earliest, latest);
}

/** The first day of the month (UTC) that contains `instant`. */
export function firstOfMonth(instant: Date): string {
  return `${instant.toISOString().slice(0, 7)}-01`;
}
