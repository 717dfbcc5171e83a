import type { Measure } from "@/prisma/generated/enums";

export type MeasureArea = "housing" | "children" | "support" | "work" | "counselling";

/** How the landing page groups the measures; every measure appears in exactly one area. */
export const MEASURES_BY_AREA: Record<MeasureArea, Measure[]> = {
  housing: ["PREFERENTIAL_MORTGAGE", "HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY"],
  children: ["FREE_KINDERGARTEN", "SCHOLARSHIP", "HOME_SCHOOLING_REIMBURSEMENT"],
  support: ["UTILITIES_COMPENSATION", "ONE_TIME_ASSISTANCE"],
  work: ["RETRAINING_COURSES", "SOCIAL_JOBS"],
  counselling: ["MOTHERS_CENTER"],
};
