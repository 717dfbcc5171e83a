// Field schemas of the family profile forms. Messages are keys under `profile.errors.*`
// in the message files (the member is often not the reader, so the wording differs from
// the account forms' `validation.*`).
import { z } from "zod";
import { isIsoDate } from "@/lib/eligibility/dates";
import { parseIin, type IinProblem } from "@/lib/iin";

export const IIN_PROBLEM_KEYS: Record<IinProblem, string> = {
  format: "iinFormat",
  birthDate: "iinBirthDate",
  centuryDigit: "iinCentury",
  checksum: "iinChecksum",
};

export const memberIinField = z
  .string()
  .transform((value) => value.replace(/\s+/g, ""))
  .superRefine((value, context) => {
    const parsed = parseIin(value);
    if (!parsed.ok) context.addIssue({ code: "custom", message: IIN_PROBLEM_KEYS[parsed.problem] });
  });

/** A calendar date from <input type="date"> (YYYY-MM-DD), as a UTC-midnight Date for @db.Date. */
export const birthDateField = z
  .string()
  .trim()
  .refine((value) => value.length > 0, "birthDateRequired")
  .refine((value) => isIsoDate(value) && value >= "1900-01-01", "birthDateFormat")
  .transform((value) => new Date(`${value}T00:00:00.000Z`));

// The largest amount a form accepts: well above any household income, well inside Int.
const MAX_TENGE = 1_000_000_000;

/** Whole tenge; spaces (as in "150 000") are allowed, an empty field means 0. */
export const tengeField = z
  .string()
  .transform((value) => value.replace(/[\s\u00a0]/g, ""))
  .refine((value) => value === "" || /^\d{1,10}$/.test(value), "amountFormat")
  .transform((value) => (value === "" ? 0 : Number(value)))
  .refine((value) => value <= MAX_TENGE, "amountTooLarge");

/** Whole tenge, or nothing when the field is left empty. */
export const optionalTengeField = z
  .string()
  .transform((value) => value.replace(/[\s\u00a0]/g, ""))
  .refine((value) => value === "" || /^\d{1,10}$/.test(value), "amountFormat")
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || value <= MAX_TENGE, "amountTooLarge");

/** An unticked checkbox is not posted at all; a ticked one posts "on". */
export const checkboxField = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export function optionalText(max: number, tooLongKey: string) {
  return z
    .string()
    .trim()
    .max(max, tooLongKey)
    .optional()
    .transform((value) => (value ? value : null));
}
