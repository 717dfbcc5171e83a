// The in-app notices a family receives about an allocation. Stored as template + params
// (see lib/notifications/notification-templates.ts) and rendered in the reader's language.
export const HOUSING_NOTICE_TEMPLATES = {
  allocated: "housing.allocated",
  reserve: "housing.reserve",
} as const;

export interface HousingNoticeParams {
  allocationTitle: string;
  rank: number;
}
