// The program's parameters as data, in the manner of OpenFisca: every parameter has a
// unit, a reference and values keyed by the date they take effect. A change is a new
// dated value appended to the list; old values stay, so any past decision can be
// recomputed with the numbers that were in force on its date.

export type ParameterUnit =
  | "tenge"
  | "tenge_per_month"
  | "percent"
  | "years"
  | "months"
  | "children"
  | "birth_order"
  | "mci"
  | "working_days"
  | "month_of_year";

export interface ParameterSource {
  /** A citation a caseworker can look up. */
  title: string;
  url: string | null;
  /** True while the figure is a stand-in that an administrator must replace. */
  isPlaceholder: boolean;
}

export interface DatedValue {
  /** ISO `YYYY-MM-DD`: the value applies from this day on, until a later one takes over. */
  effectiveFrom: string;
  value: number;
  /** Where this particular value was published, when it differs from the parameter's source. */
  source?: string | undefined;
}

export interface ParameterDefinition {
  key: ParameterKey;
  unit: ParameterUnit;
  description: string;
  source: ParameterSource;
  /** Sorted by `effectiveFrom`; for the same date, the later entry was published later. */
  values: readonly DatedValue[];
}

export const PARAMETER_KEYS = [
  "SUBSISTENCE_MINIMUM_TENGE",
  "MCI_TENGE",
  "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM",
  "MINOR_AGE_YEARS",
  "STUDENT_COUNTED_UNDER_AGE_YEARS",
  "LARGE_FAMILY_MIN_CHILDREN",
  "MORTGAGE_DOWN_PAYMENT_PERCENT",
  "MORTGAGE_ANNUAL_RATE_PERCENT",
  "MORTGAGE_TERM_MONTHS",
  "MORTGAGE_PRICE_CAP_TENGE",
  "HOUSING_CERTIFICATE_TENGE",
  "DOWN_PAYMENT_SUBSIDY_MIN_MINOR_CHILDREN",
  "KINDERGARTEN_MIN_AGE_YEARS",
  "KINDERGARTEN_MAX_AGE_YEARS",
  "KINDERGARTEN_MIN_BIRTH_ORDER",
  "SCHOLARSHIP_SCHOOL_TENGE",
  "SCHOLARSHIP_HIGHER_EDUCATION_TENGE",
  "UTILITIES_COMPENSATION_TENGE",
  "HOME_SCHOOLING_REIMBURSEMENT_TENGE",
  "ONE_TIME_ASSISTANCE_CAP_MCI",
  "WORKING_AGE_MIN_YEARS",
  "WORKING_AGE_UNDER_YEARS",
  "REVIEW_PERIOD_WORKING_DAYS_PREFERENTIAL_MORTGAGE",
  "REVIEW_PERIOD_WORKING_DAYS_HOUSING_CERTIFICATE",
  "REVIEW_PERIOD_WORKING_DAYS_DOWN_PAYMENT_SUBSIDY",
  "REVIEW_PERIOD_WORKING_DAYS_FREE_KINDERGARTEN",
  "REVIEW_PERIOD_WORKING_DAYS_SCHOLARSHIP",
  "REVIEW_PERIOD_WORKING_DAYS_UTILITIES_COMPENSATION",
  "REVIEW_PERIOD_WORKING_DAYS_HOME_SCHOOLING_REIMBURSEMENT",
  "REVIEW_PERIOD_WORKING_DAYS_ONE_TIME_ASSISTANCE",
  "REVIEW_PERIOD_WORKING_DAYS_RETRAINING_COURSES",
  "REVIEW_PERIOD_WORKING_DAYS_SOCIAL_JOBS",
  "REVIEW_PERIOD_WORKING_DAYS_MOTHERS_CENTER",
  "SCHOLARSHIP_FIRST_ACADEMIC_MONTH",
  "SCHOLARSHIP_LAST_ACADEMIC_MONTH",
  "UTILITIES_COMPENSATION_MONTHS",
  "HOUSING_CERTIFICATE_VALIDITY_MONTHS",
  "KINDERGARTEN_PLACE_COST_TENGE",
] as const;

export type ParameterKey = (typeof PARAMETER_KEYS)[number];

export type ParameterDefinitions = Readonly<Record<ParameterKey, ParameterDefinition>>;

export function isParameterKey(key: string): key is ParameterKey {
  return (PARAMETER_KEYS as readonly string[]).includes(key);
}

/** The program itself, cited by rules that use no numeric parameter. */
export const PROGRAM_SOURCE_TITLE =
  "Almaty city road map «Bakytty Otbasy» (akimat of Almaty, 2019): 13 measures in 7 areas";

const PROGRAM: ParameterSource = {
  title: PROGRAM_SOURCE_TITLE,
  url: null,
  isPlaceholder: false,
};

function placeholder(what: string): ParameterSource {
  return {
    title: `PLACEHOLDER — ${what}: replace with the amount set by the akimat of Almaty's decision`,
    url: null,
    isPlaceholder: true,
  };
}

const FROM_2025 = "2025-01-01";

export const DEFAULT_PARAMETERS: ParameterDefinitions = {
  SUBSISTENCE_MINIMUM_TENGE: {
    key: "SUBSISTENCE_MINIMUM_TENGE",
    unit: "tenge_per_month",
    description: "Subsistence minimum (ПМ), per person per month",
    source: { title: "Law of the Republic of Kazakhstan on the republican budget for the year", url: null, isPlaceholder: false },
    values: [
      { effectiveFrom: "2025-01-01", value: 46_228, source: "Republican budget law for 2025–2027" },
      { effectiveFrom: "2026-01-01", value: 50_851, source: "Republican budget law for 2026–2028" },
    ],
  },
  MCI_TENGE: {
    key: "MCI_TENGE",
    unit: "tenge",
    description: "Monthly calculation index (МРП)",
    source: { title: "Law of the Republic of Kazakhstan on the republican budget for the year", url: null, isPlaceholder: false },
    values: [
      { effectiveFrom: "2025-01-01", value: 3_932, source: "Republican budget law for 2025–2027" },
      { effectiveFrom: "2026-01-01", value: 4_325, source: "Republican budget law for 2026–2028" },
    ],
  },
  POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM: {
    key: "POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM",
    unit: "percent",
    description: "Poverty line for targeted social assistance, as a share of the subsistence minimum",
    source: { title: "Targeted social assistance rules: poverty line = 70 % of the subsistence minimum", url: null, isPlaceholder: false },
    values: [{ effectiveFrom: FROM_2025, value: 70 }],
  },
  MINOR_AGE_YEARS: {
    key: "MINOR_AGE_YEARS",
    unit: "years",
    description: "A person is a minor below this age",
    source: { title: "Civil Code of the Republic of Kazakhstan: full legal capacity at 18", url: null, isPlaceholder: false },
    values: [{ effectiveFrom: FROM_2025, value: 18 }],
  },
  STUDENT_COUNTED_UNDER_AGE_YEARS: {
    key: "STUDENT_COUNTED_UNDER_AGE_YEARS",
    unit: "years",
    description: "A full-time student counts as a child of a large family below this age",
    source: { title: "Definition of a large family: full-time students are counted until they finish, up to age 23", url: null, isPlaceholder: false },
    values: [{ effectiveFrom: FROM_2025, value: 23 }],
  },
  LARGE_FAMILY_MIN_CHILDREN: {
    key: "LARGE_FAMILY_MIN_CHILDREN",
    unit: "children",
    description: "Counted children that make a family large (многодетная)",
    source: { title: "Definition of a large family: four or more cohabiting minor children", url: null, isPlaceholder: false },
    values: [{ effectiveFrom: FROM_2025, value: 4 }],
  },
  MORTGAGE_DOWN_PAYMENT_PERCENT: {
    key: "MORTGAGE_DOWN_PAYMENT_PERCENT",
    unit: "percent",
    description: "Preferential mortgage: down payment as a share of the apartment price",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 10 }],
  },
  MORTGAGE_ANNUAL_RATE_PERCENT: {
    key: "MORTGAGE_ANNUAL_RATE_PERCENT",
    unit: "percent",
    description: "Preferential mortgage: nominal annual interest rate",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 2 }],
  },
  MORTGAGE_TERM_MONTHS: {
    key: "MORTGAGE_TERM_MONTHS",
    unit: "months",
    description: "Preferential mortgage: term (18 years)",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 216 }],
  },
  MORTGAGE_PRICE_CAP_TENGE: {
    key: "MORTGAGE_PRICE_CAP_TENGE",
    unit: "tenge",
    description: "Preferential mortgage: highest apartment price",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 15_000_000 }],
  },
  HOUSING_CERTIFICATE_TENGE: {
    key: "HOUSING_CERTIFICATE_TENGE",
    unit: "tenge",
    description: "Housing certificate from the city budget toward the down payment",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 1_000_000 }],
  },
  DOWN_PAYMENT_SUBSIDY_MIN_MINOR_CHILDREN: {
    key: "DOWN_PAYMENT_SUBSIDY_MIN_MINOR_CHILDREN",
    unit: "children",
    description: "Down-payment subsidy: minor children needed",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 4 }],
  },
  KINDERGARTEN_MIN_AGE_YEARS: {
    key: "KINDERGARTEN_MIN_AGE_YEARS",
    unit: "years",
    description: "Free kindergarten: youngest age, inclusive",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 1 }],
  },
  KINDERGARTEN_MAX_AGE_YEARS: {
    key: "KINDERGARTEN_MAX_AGE_YEARS",
    unit: "years",
    description: "Free kindergarten: oldest age, inclusive",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 6 }],
  },
  KINDERGARTEN_MIN_BIRTH_ORDER: {
    key: "KINDERGARTEN_MIN_BIRTH_ORDER",
    unit: "birth_order",
    description: "Free kindergarten: from this child on, counting the oldest as 1",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 2 }],
  },
  SCHOLARSHIP_SCHOOL_TENGE: {
    key: "SCHOLARSHIP_SCHOOL_TENGE",
    unit: "tenge_per_month",
    description: "Scholarship for an excellent schoolchild",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 5_000 }],
  },
  SCHOLARSHIP_HIGHER_EDUCATION_TENGE: {
    key: "SCHOLARSHIP_HIGHER_EDUCATION_TENGE",
    unit: "tenge_per_month",
    description: "Scholarship for an excellent college or university student",
    source: PROGRAM,
    values: [{ effectiveFrom: FROM_2025, value: 10_000 }],
  },
  UTILITIES_COMPENSATION_TENGE: {
    key: "UTILITIES_COMPENSATION_TENGE",
    unit: "tenge_per_month",
    description: "Utilities compensation for a large low-income family",
    source: placeholder("utilities compensation per month"),
    values: [{ effectiveFrom: FROM_2025, value: 5_000 }],
  },
  HOME_SCHOOLING_REIMBURSEMENT_TENGE: {
    key: "HOME_SCHOOLING_REIMBURSEMENT_TENGE",
    unit: "tenge_per_month",
    description: "Reimbursement per child with a disability taught at home",
    source: placeholder("home-schooling reimbursement per child per month"),
    values: [{ effectiveFrom: FROM_2025, value: 15_000 }],
  },
  ONE_TIME_ASSISTANCE_CAP_MCI: {
    key: "ONE_TIME_ASSISTANCE_CAP_MCI",
    unit: "mci",
    description: "One-time assistance: highest amount, in MCI",
    source: placeholder("one-time assistance cap in MCI"),
    values: [{ effectiveFrom: FROM_2025, value: 50 }],
  },
  WORKING_AGE_MIN_YEARS: {
    key: "WORKING_AGE_MIN_YEARS",
    unit: "years",
    description: "Employment measures: youngest working age, inclusive",
    source: { title: "Labour Code of the Republic of Kazakhstan: adults of working age", url: null, isPlaceholder: false },
    values: [{ effectiveFrom: FROM_2025, value: 18 }],
  },
  WORKING_AGE_UNDER_YEARS: {
    key: "WORKING_AGE_UNDER_YEARS",
    unit: "years",
    description: "Employment measures: working age ends at this age (retirement age)",
    source: placeholder("upper working age; the Social Code's retirement age is 63 for men and lower for women"),
    values: [{ effectiveFrom: FROM_2025, value: 63 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_PREFERENTIAL_MORTGAGE: {
    key: "REVIEW_PERIOD_WORKING_DAYS_PREFERENTIAL_MORTGAGE",
    unit: "working_days",
    description: "Statutory period to decide an application for preferential mortgage, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 15 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_HOUSING_CERTIFICATE: {
    key: "REVIEW_PERIOD_WORKING_DAYS_HOUSING_CERTIFICATE",
    unit: "working_days",
    description: "Statutory period to decide an application for housing certificate, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 15 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_DOWN_PAYMENT_SUBSIDY: {
    key: "REVIEW_PERIOD_WORKING_DAYS_DOWN_PAYMENT_SUBSIDY",
    unit: "working_days",
    description: "Statutory period to decide an application for down payment subsidy, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 15 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_FREE_KINDERGARTEN: {
    key: "REVIEW_PERIOD_WORKING_DAYS_FREE_KINDERGARTEN",
    unit: "working_days",
    description: "Statutory period to decide an application for free kindergarten, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 5 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_SCHOLARSHIP: {
    key: "REVIEW_PERIOD_WORKING_DAYS_SCHOLARSHIP",
    unit: "working_days",
    description: "Statutory period to decide an application for scholarship, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 10 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_UTILITIES_COMPENSATION: {
    key: "REVIEW_PERIOD_WORKING_DAYS_UTILITIES_COMPENSATION",
    unit: "working_days",
    description: "Statutory period to decide an application for utilities compensation, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 10 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_HOME_SCHOOLING_REIMBURSEMENT: {
    key: "REVIEW_PERIOD_WORKING_DAYS_HOME_SCHOOLING_REIMBURSEMENT",
    unit: "working_days",
    description: "Statutory period to decide an application for home schooling reimbursement, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 10 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_ONE_TIME_ASSISTANCE: {
    key: "REVIEW_PERIOD_WORKING_DAYS_ONE_TIME_ASSISTANCE",
    unit: "working_days",
    description: "Statutory period to decide an application for one time assistance, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 10 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_RETRAINING_COURSES: {
    key: "REVIEW_PERIOD_WORKING_DAYS_RETRAINING_COURSES",
    unit: "working_days",
    description: "Statutory period to decide an application for retraining courses, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 10 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_SOCIAL_JOBS: {
    key: "REVIEW_PERIOD_WORKING_DAYS_SOCIAL_JOBS",
    unit: "working_days",
    description: "Statutory period to decide an application for social jobs, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 10 }],
  },
  REVIEW_PERIOD_WORKING_DAYS_MOTHERS_CENTER: {
    key: "REVIEW_PERIOD_WORKING_DAYS_MOTHERS_CENTER",
    unit: "working_days",
    description: "Statutory period to decide an application for mothers center, in working days (Kazakhstan's public holidays excluded)",
    source: placeholder("review period in working days; confirm against the public-service standard of the measure"),
    values: [{ effectiveFrom: FROM_2025, value: 5 }],
  },
  SCHOLARSHIP_FIRST_ACADEMIC_MONTH: {
    key: "SCHOLARSHIP_FIRST_ACADEMIC_MONTH",
    unit: "month_of_year",
    description: "Scholarships and home-schooling reimbursement are paid from this month of the academic year (9 = September)",
    source: { title: "Law on Education of the Republic of Kazakhstan: the academic year starts on 1 September", url: null, isPlaceholder: false },
    values: [{ effectiveFrom: FROM_2025, value: 9 }],
  },
  SCHOLARSHIP_LAST_ACADEMIC_MONTH: {
    key: "SCHOLARSHIP_LAST_ACADEMIC_MONTH",
    unit: "month_of_year",
    description: "Scholarships and home-schooling reimbursement are paid up to this month of the academic year (5 = May)",
    source: { title: "Law on Education of the Republic of Kazakhstan: school lessons end in late May", url: null, isPlaceholder: false },
    values: [{ effectiveFrom: FROM_2025, value: 5 }],
  },
  UTILITIES_COMPENSATION_MONTHS: {
    key: "UTILITIES_COMPENSATION_MONTHS",
    unit: "months",
    description: "Utilities compensation is paid monthly for this many months after approval",
    source: placeholder("duration of utilities compensation"),
    values: [{ effectiveFrom: FROM_2025, value: 12 }],
  },
  HOUSING_CERTIFICATE_VALIDITY_MONTHS: {
    key: "HOUSING_CERTIFICATE_VALIDITY_MONTHS",
    unit: "months",
    description: "A housing certificate can be used for this many months after it is issued",
    source: placeholder("validity of the housing certificate"),
    values: [{ effectiveFrom: FROM_2025, value: 6 }],
  },
  KINDERGARTEN_PLACE_COST_TENGE: {
    key: "KINDERGARTEN_PLACE_COST_TENGE",
    unit: "tenge_per_month",
    description: "What the city pays a kindergarten for one free place, per child per month (used to cost free kindergarten in the impact preview; the family pays nothing)",
    source: placeholder("cost of a kindergarten place under the state educational order, per child per month"),
    values: [{ effectiveFrom: FROM_2025, value: 45_000 }],
  },
};
