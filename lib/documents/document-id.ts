// Ids that reach us from a URL or a form are checked for shape before any query; anything
// else is answered like an unknown document.
import { z } from "zod";

export const recordIdField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "notFound");

export function isRecordId(value: unknown): value is string {
  return recordIdField.safeParse(value).success;
}
