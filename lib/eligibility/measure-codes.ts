// The program's measures, in the order the screener shows them. The Prisma enum
// `Measure` uses exactly these names, so the app can store a code without mapping.
export const MEASURE_CODES = [
  "PREFERENTIAL_MORTGAGE",
  "HOUSING_CERTIFICATE",
  "DOWN_PAYMENT_SUBSIDY",
  "FREE_KINDERGARTEN",
  "SCHOLARSHIP",
  "UTILITIES_COMPENSATION",
  "HOME_SCHOOLING_REIMBURSEMENT",
  "ONE_TIME_ASSISTANCE",
  "RETRAINING_COURSES",
  "SOCIAL_JOBS",
  "MOTHERS_CENTER",
] as const;

export type MeasureCode = (typeof MEASURE_CODES)[number];
