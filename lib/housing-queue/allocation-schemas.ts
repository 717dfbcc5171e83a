// The supervisor's allocation form: a title for the quota, how many flats and how large a
// reserve list, and the reason the families will read. The confirm step also carries the
// fingerprint of the preview the supervisor saw.
import { z } from "zod";
import { QUEUE_REASON_MAX } from "./entry-change-schemas";

export const MAX_FLATS = 2_000;
export const MAX_RESERVE = 500;

const count = (min: number, max: number, tooSmall: string, tooLarge: string) =>
  z
    .string("allocationNumberRequired")
    .trim()
    .regex(/^\d{1,6}$/, "allocationNumberInvalid")
    .transform(Number)
    .pipe(z.number().int().min(min, tooSmall).max(max, tooLarge));

export const allocationRequestSchema = z.strictObject({
  title: z.string("allocationTitleRequired").trim().min(1, "allocationTitleRequired").max(200, "allocationTitleTooLong"),
  flats: count(1, MAX_FLATS, "allocationFlatsTooFew", "allocationFlatsTooMany"),
  reserveSize: count(0, MAX_RESERVE, "allocationNumberInvalid", "allocationReserveTooMany"),
  reason: z.string("queueReasonRequired").trim().min(1, "queueReasonRequired").max(QUEUE_REASON_MAX, "queueReasonTooLong"),
});

export const allocationConfirmSchema = allocationRequestSchema.extend({
  previewFingerprint: z.string("allocationPreviewMissing").regex(/^[0-9a-f]{64}$/, "allocationPreviewMissing"),
});

export type AllocationRequest = z.infer<typeof allocationRequestSchema>;
export type AllocationConfirm = z.infer<typeof allocationConfirmSchema>;
