// The staff's changes to one queue entry. Each carries the reason the family will read
// and the version of the entry the staff member was looking at (optimistic concurrency).
import { z } from "zod";
import { HousingQueueCategory } from "@/prisma/generated/enums";

export const QUEUE_REASON_MAX = 500;

const reason = z
  .string("queueReasonRequired")
  .trim()
  .min(1, "queueReasonRequired")
  .max(QUEUE_REASON_MAX, "queueReasonTooLong");

// The entry's updatedAt as the page showed it (ISO 8601), or a stale change is refused.
const version = z.iso.datetime("queueVersionMissing");

const entryId = z.string("queueEntryMissing").min(1, "queueEntryMissing").max(64, "queueEntryMissing");

export const changeCategorySchema = z.strictObject({
  entryId,
  version,
  category: z.enum(HousingQueueCategory, "queueCategoryRequired"),
  reason,
});

export const removeEntrySchema = z.strictObject({ entryId, version, reason });

/** Restoring asks for the same: which entry, as seen when, and why. */
export const restoreEntrySchema = removeEntrySchema;

export type ChangeCategoryInput = z.infer<typeof changeCategorySchema>;
export type RemoveEntryInput = z.infer<typeof removeEntrySchema>;
export type RestoreEntryInput = z.infer<typeof restoreEntrySchema>;

/** A family offered a flat declines it (allocation page). */
export const declineFlatSchema = z.strictObject({
  allocationId: entryId,
  entryId,
  version,
  reason,
});

export type DeclineFlatInput = z.infer<typeof declineFlatSchema>;
