// The last N calendar months up to the current one on Almaty's calendar, oldest first,
// as first days of the month (YYYY-MM-01): the x-axis of every monthly figure.
import { dateInAlmaty } from "@/lib/eligibility/dates";

export function recentMonths(now: Date, count: number): string[] {
  const today = dateInAlmaty(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, index) => {
    const offset = month - (count - 1 - index);
    const y = year + Math.floor(offset / 12);
    const m = ((offset % 12) + 12) % 12;
    return `${y}-${String(m + 1).padStart(2, "0")}-01`;
  });
}
