// Kazakhstan's public holidays that are days off (Law "On holidays in the Republic of
// Kazakhstan", art. 1–5, and Labour Code art. 85). Fixed dates repeat every year; a
// secular holiday that falls on a Saturday or Sunday moves its day off to the next
// working day. Religious holidays (Orthodox Christmas, the first day of Kurban Ait)
// do not move. The Kurban Ait date is set each year by the Spiritual Administration of
// Muslims; years not listed below have no Kurban Ait day off until it is added.
// Day-off swaps decreed by the government for a particular year are not modelled.

/** Month-day of secular holidays that are days off; a weekend one moves to the next working day. */
const SECULAR_HOLIDAYS = [
  "01-01", "01-02", // New Year
  "03-08", // International Women's Day
  "03-21", "03-22", "03-23", // Nauryz meyramy
  "05-01", // Unity Day of the people of Kazakhstan
  "05-07", // Defender of the Fatherland Day
  "05-09", // Victory Day
  "07-06", // Capital Day
  "08-30", // Constitution Day
  "10-25", // Republic Day (a day off again since 2022)
  "12-16", // Independence Day
] as const;

/** Orthodox Christmas: a day off that does not move when it falls on a weekend. */
const RELIGIOUS_FIXED = ["01-07"] as const;

/** The first day of Kurban Ait, by year, as announced. */
export const KURBAN_AIT: Readonly<Record<number, string>> = {
  2024: "2024-06-16",
  2025: "2025-06-06",
  2026: "2026-05-27",
};

const DAY_MS = 86_400_000;

function weekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

function isWeekend(isoDate: string): boolean {
  const day = weekday(isoDate);
  return day === 0 || day === 6;
}

function nextDay(isoDate: string): string {
  return new Date(new Date(`${isoDate}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
}

const cache = new Map<number, ReadonlySet<string>>();

/** Every public-holiday day off of `year` (weekend transfers included), as ISO dates. */
export function holidaysOf(year: number): ReadonlySet<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const days = new Set<string>();
  for (const monthDay of RELIGIOUS_FIXED) days.add(`${year}-${monthDay}`);
  const kurbanAit = KURBAN_AIT[year];
  if (kurbanAit) days.add(kurbanAit);
  for (const monthDay of SECULAR_HOLIDAYS) days.add(`${year}-${monthDay}`);
  // Then the transfers, in date order, so a moved day off skips holidays and earlier moves.
  for (const monthDay of SECULAR_HOLIDAYS) {
    const date = `${year}-${monthDay}`;
    if (isWeekend(date)) {
      let transfer = nextDay(date);
      while (isWeekend(transfer) || days.has(transfer)) transfer = nextDay(transfer);
      days.add(transfer);
    }
  }
  cache.set(year, days);
  return days;
}

/** Whether `isoDate` (an Almaty calendar day) is a working day: not a weekend, not a holiday. */
export function isWorkingDay(isoDate: string): boolean {
  return !isWeekend(isoDate) && !holidaysOf(Number(isoDate.slice(0, 4))).has(isoDate);
}
