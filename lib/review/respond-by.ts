// The family's deadline to answer a request for information: a day chosen by the
// caseworker, at least one working day ahead and at most RESPOND_BY_MAX_DAYS away. The
// family may answer until the end of that day in Almaty.
import { addWorkingDays } from "@/lib/calendar/working-days";
import { dateInAlmaty, isIsoDate } from "@/lib/eligibility/dates";
import { RESPOND_BY_MAX_DAYS } from "./review-limits";

const DAY_MS = 86_400_000;

/** The earliest and latest respond-by days allowed when asking at `now`, `YYYY-MM-DD`. */
export function respondByBounds(now: Date): { earliest: string; latest: string } {
  return { earliest: dateInAlmaty(addWorkingDays(now, 1)), latest: dateInAlmaty(new Date(now.getTime() + RESPOND_BY_MAX_DAYS * DAY_MS)) };
}

/** Why `day` cannot be the deadline ("respondByTooSoon", "respondByTooLate"), or null. */
export function respondByProblem(day: string, now: Date): "respondByInvalid" | "respondByTooSoon" | "respondByTooLate" | null {
  if (!isIsoDate(day)) return "respondByInvalid";
  const { earliest, latest } = respondByBounds(now);
  if (day < earliest) return "respondByTooSoon";
  if (day > latest) return "respondByTooLate";
  return null;
}

/** The last moment of `day` in Almaty (UTC+5 all year). */
export function endOfAlmatyDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+05:00`);
}
