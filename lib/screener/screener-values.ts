// The screener's answers as typed so far: strings, exactly as the form holds them, so a
// re-rendered form (after "Add a person", "Remove" or an error) loses nothing.

export const MEMBER_TEXT_FIELDS = ["role", "birthDate", "monthlyIncome", "education"] as const;
export const MEMBER_FLAG_FIELDS = ["employed", "fullTimeStudent", "excellentStudent", "disability", "homeSchooled"] as const;
export const HOUSEHOLD_TEXT_FIELDS = ["otherMonthlyIncome", "savings", "apartmentPrice"] as const;
export const HOUSEHOLD_FLAG_FIELDS = ["inHousingQueue", "ownsHome", "difficultSituation"] as const;

export type MemberTextField = (typeof MEMBER_TEXT_FIELDS)[number];
export type MemberFlagField = (typeof MEMBER_FLAG_FIELDS)[number];
export type HouseholdTextField = (typeof HOUSEHOLD_TEXT_FIELDS)[number];
export type HouseholdFlagField = (typeof HOUSEHOLD_FLAG_FIELDS)[number];

export type MemberValues = Record<MemberTextField, string> & Record<MemberFlagField, boolean>;
export type HouseholdValues = Record<HouseholdTextField, string> & Record<HouseholdFlagField, boolean>;

export interface ScreenerValues {
  members: MemberValues[];
  household: HouseholdValues;
}

/** Rows a household may have: enough for an extended family, bounded so a post stays small. */
export const MAX_MEMBERS = 20;
export const HOUSEHOLD_SIZE_CHOICES = Array.from({ length: 12 }, (_, index) => index + 1);

export function emptyMember(): MemberValues {
  return {
    role: "", birthDate: "", monthlyIncome: "", education: "",
    employed: false, fullTimeStudent: false, excellentStudent: false, disability: false, homeSchooled: false,
  };
}

export function emptyHousehold(): HouseholdValues {
  return { otherMonthlyIncome: "", savings: "", apartmentPrice: "", inHousingQueue: false, ownsHome: false, difficultSituation: false };
}

export function emptyValues(memberCount: number): ScreenerValues {
  return { members: Array.from({ length: memberCount }, emptyMember), household: emptyHousehold() };
}

/** The form field name of a member's answer, e.g. `members.2.birthDate`. */
export function memberFieldName(index: number, field: MemberTextField | MemberFlagField): string {
  return `members.${index}.${field}`;
}
