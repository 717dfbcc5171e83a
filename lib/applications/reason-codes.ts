// Why an application is rejected, as machine-readable codes (Decision.reasonCode). The
// codes are the seed's (prisma/seed/rejection-reasons.ts); their labels are translated in
// the review namespace (review.reasonCodes.<code>). The family also reads the caseworker's
// own explanation, so a code never stands alone.
export const REJECTION_REASON_CODES = [
  "INCOME_ABOVE_POVERTY_LINE",
  "DOCUMENTS_INCOMPLETE",
  "NOT_IN_HOUSING_QUEUE",
  "FEWER_THAN_FOUR_MINOR_CHILDREN",
  "NOT_A_LARGE_FAMILY",
  "FIRST_CHILD_NOT_COVERED",
  "NOT_AN_EXCELLENT_STUDENT",
  "OWNS_HOME",
  "NO_UNEMPLOYED_ADULT",
  "SITUATION_NOT_CONFIRMED",
  "HOME_SCHOOLING_NOT_CONFIRMED",
  "PRICE_ABOVE_CAP",
] as const;

export type RejectionReasonCode = (typeof REJECTION_REASON_CODES)[number];

export function isRejectionReasonCode(value: string): value is RejectionReasonCode {
  return (REJECTION_REASON_CODES as readonly string[]).includes(value);
}
