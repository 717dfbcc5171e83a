// Fields shared by the review forms. Messages are keys in the review namespace
// (lib/i18n/messages/<locale>/review.json, "errors").
import { z } from "zod";
import { REVIEW_TEXT_MAX_LENGTH } from "./review-limits";

export const applicationIdField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "notFound");
/** The version the page was shown with (a hidden field). */
export const versionField = z.coerce.number({ message: "changed" }).int("changed").min(0, "changed");

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
