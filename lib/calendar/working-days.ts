// Statutory periods count working days on Almaty's calendar: Monday to Friday, public
// holidays (./kazakhstan-holidays.ts) excluded. A deadline keeps the time of day of the
// moment it counts from, N working days later.
import { isWorkingDay } from "./kazakhstan-holidays";

const DAY_MS = 86_400_000;
// Almaty is at UTC+5 all year: the calendar day is the one on the family's calendar.
const ALMATY_OFFSET_MS = 5 * 3_600_000;

function almatyDay(instant: number): string {
  return new Date(instant + ALMATY_OFFSET_MS).toISOString().slice(0, 10);
}

/** `start` moved forward by `days` working days, same time of day. */
export function addWorkingDays(start: Date, days: number): Date {
  let current = start.getTime();
  let remaining = days;
  while (remaining > 0) {
    current += DAY_MS;
    if (isWorkingDay(almatyDay(current))) remaining -= 1;
  }
  return new Date(current);
}

/** Working days after `from`'s day up to and including `to`'s day (0 when the same day or earlier). */
export function workingDaysBetween(from: Date, to: Date): number {
  const last = almatyDay(to.getTime());
  let day = almatyDay(from.getTime());
  let count = 0;
  while (day < last) {
    day = new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/**
 * The decision deadline after a pause (the family was asked for information from
 * `pausedAt` until `resumedAt`): moved on by the working days the pause took, so the
 * caseworker keeps the working days that were left when the clock stopped.
 */
export function deadlineAfterPause(dueAt: Date, pausedAt: Date, resumedAt: Date): Date {
  return addWorkingDays(dueAt, workingDaysBetween(pausedAt, resumedAt));
}
