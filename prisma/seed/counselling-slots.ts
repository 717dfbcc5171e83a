// The Mothers' Center's timetable in the demo data: every kind of counselling at both
// venues, three sessions a working day for about half a year after the seed's asOf.
// Deterministic: dates come from asOf and ids from the date, kind, venue and hour.
import { buildCounsellingSlots, type CounsellingSlotRow } from "@/lib/counselling/build-counselling-slots";

/** Working days of timetable the seed publishes. */
export const SEEDED_SLOT_WORKING_DAYS = 130;

type SlotWriter = { counsellingSlot: { createMany(args: { data: (CounsellingSlotRow & { createdAt: Date })[] }): Promise<unknown> } };

export async function seedCounsellingSlots(db: SlotWriter, asOf: string): Promise<number> {
  // createdAt from asOf too, so two seeds of the same asOf write the same rows.
  const createdAt = new Date(`${asOf}T00:00:00.000Z`);
  const rows = buildCounsellingSlots(asOf, SEEDED_SLOT_WORKING_DAYS).map((row) => ({ ...row, createdAt }));
  await db.counsellingSlot.createMany({ data: rows });
  return rows.length;
}
