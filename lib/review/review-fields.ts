// Fields shared by the review forms. Messages are keys in the review namespace
// (lib/i18n/messages/<locale>/review.json, "errors").
import { z } from "zod";
import { REVIEW_TEXT_MAX_LENGTH } from "./review-limits";

// The same hidden fields as the family's forms, with the same message keys.
export { applicationIdField, versionField } from "@/lib/applications/family-actions/fields";

export function textField(requiredKey: string) {
  return z.string().trim().min(1, requiredKey).max(REVIEW_TEXT_MAX_LENGTH, "textTooLong");
}

/** Whole tenge, optional: empty (or absent) means "the amount at submission". */
export const optionalAmountField = z
  .string()
  .optional()
  .transform((value) => (value ?? "").replace(/[\s\u00a0\u202f]/g, ""))
  .pipe(z.union([z.literal(""), z.string().regex(/^\d{1,10}$/, "amountWhole")]))
  .transform((value) => (value === "" ? undefined : Number(value)))
  .refine((value) => value === undefined || (value > 0 && value <= 2_000_000_000), "amountPositive");
