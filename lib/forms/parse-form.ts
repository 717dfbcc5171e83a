// Every form crosses a zod schema once, here. Schemas are strict: a field the form does
// not have (status, amount, familyId…) is refused, never silently applied (mass assignment).
import type { z } from "zod";
import { formRecordHasNul } from "./forbidden-characters";

/** Form fields as strings, without the fields React adds to server-action posts. */
export function formDataToRecord(formData: FormData): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") record[key] = value;
  }
  return record;
}

export type ParseResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string>; hasUnexpectedFields: boolean };

/**
 * Parses a form with a schema whose error messages are message keys (e.g. "iinChecksum").
 * Returns the first key per field.
 */
export function parseForm<T>(schema: z.ZodType<T>, formData: FormData): ParseResult<T> {
  const record = formDataToRecord(formData);
  if (formRecordHasNul(record)) return { ok: false, fieldErrors: {}, hasUnexpectedFields: true };
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  let hasUnexpectedFields = false;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      hasUnexpectedFields = true;
      continue;
    }
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors, hasUnexpectedFields };
}
