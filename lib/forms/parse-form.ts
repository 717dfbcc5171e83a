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
  return { ok: false, ...formIssues(result.error.issues) };
}

// Our schemas' messages are message keys ("iinChecksum"). Any other message is zod's own
// ("Invalid input: expected string, received undefined"): the field is missing or has a
// shape no page of ours sends — a hand-made request — so the form as a whole is refused
// like one with an unexpected field, and a zod sentence never reaches the translator.
const MESSAGE_KEY = /^\S+$/;

/** The first message key per field, and whether the form is not one our pages send. */
export function formIssues(issues: z.ZodError["issues"]): { fieldErrors: Record<string, string>; hasUnexpectedFields: boolean } {
  const fieldErrors: Record<string, string> = {};
  let hasUnexpectedFields = false;
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys" || !MESSAGE_KEY.test(issue.message)) {
      hasUnexpectedFields = true;
      continue;
    }
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return { fieldErrors, hasUnexpectedFields };
}
