// The Mothers' Center's timetable for a period: pure, so the seed stays deterministic
// (dates derive from the seed's asOf, never the clock) and tests can build their own.
import type { CounsellingKind, CounsellingVenue } from "@/prisma/generated/enums";

export interface CounsellingSlotRow {
  id: string;
  kind: CounsellingKind;
  venue: CounsellingVenue;
  startsAt: Date;
  durationMinutes: number;
  counsellorName: string;
}

const COUNSELLORS: Record<CounsellingKind, readonly string[]> = {
  LEGAL: ["Ахметова Сауле Болатовна", "Ким Наталья Викторовна"],
  PSYCHOLOGICAL: ["Жакупова Гульнара Ерлановна", "Иванова Ольга Петровна"],
  REHABILITATION: ["Садыкова Айнур Маратовна", "Бекова Мадина Саматовна"],
};
const KINDS: readonly CounsellingKind[] = ["LEGAL", "PSYCHOLOGICAL", "REHABILITATION"];
const VENUES: readonly CounsellingVenue[] = ["CITY_CENTER", "PARTNER_NGO"];
/** Local (Almaty, UTC+5) start hours of the sessions of a working day. */
const HOURS_LOCAL = [10, 12, 15] as const;
const ALMATY_UTC_OFFSET_HOURS = 5;

/** Slots on the `workingDays` working days after `fromDate` (YYYY-MM-DD), every kind at every venue. */
export function buildCounsellingSlots(fromDate: string, workingDays: number): CounsellingSlotRow[] {
  const rows: CounsellingSlotRow[] = [];
  const day = new Date(`${fromDate}T00:00:00.000Z`);
  let counted = 0;
  while (counted < workingDays) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    counted += 1;
    const date = day.toISOString().slice(0, 10);
    for (const kind of KINDS) {
      for (const [venueIndex, venue] of VENUES.entries()) {
        for (const hour of HOURS_LOCAL) {
          const startsAt = new Date(day);
          startsAt.setUTCHours(hour - ALMATY_UTC_OFFSET_HOURS);
          const counsellors = COUNSELLORS[kind];
          rows.push({
            id: `slot_${date.replaceAll("-", "")}_${kind.toLowerCase()}_${venue.toLowerCase()}_${hour}`,
            kind,
            venue,
            startsAt,
            durationMinutes: 60,
            counsellorName: counsellors[(counted + venueIndex) % counsellors.length] ?? kind,
          });
        }
      }
    }
  }
  return rows;
}
