// Form fields shared by the claim and assign forms (hidden fields of the queue's rows).
import { z } from "zod";

export const applicationIdField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "invalid");
/** The version the reader saw when the page was shown. */
export const versionField = z.coerce.number({ message: "invalid" }).int("invalid").min(0, "invalid");
/** A staff user's id, or "" for nobody (put the case back in the queue). */
export const assigneeField = z.union([z.literal(""), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "invalid")]);
/** The queue's query string to go back to; re-read through the queue's filter schema. */
export const returnToField = z.string().max(500).default("");
