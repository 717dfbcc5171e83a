// The engine's domain types. Requests are validated by `schema.ts` at the boundary;
// inside the engine these types are trusted.
import type { MeasureCode } from "./measure-codes";
import type { MessageKey } from "./messages/en";
import type { ParameterKey, ParameterUnit } from "./parameters/definitions";

export type Locale = "kk" | "ru" | "en";
export const LOCALES: readonly Locale[] = ["kk", "ru", "en"];

export type MemberRole = "parent" | "child" | "other";
export type Education = "none" | "preschool" | "school" | "college" | "university";

export interface FamilyMember {
  id: string;
  role: MemberRole;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string;
  monthlyIncomeTenge?: number | undefined;
  employed?: boolean | undefined;
  education?: Education | undefined;
  fullTimeStudent?: boolean | undefined;
  excellentStudent?: boolean | undefined;
  disability?: boolean | undefined;
  homeSchooled?: boolean | undefined;
}

export interface Housing {
  inHousingQueue: boolean;
  ownsHome: boolean;
  savingsTenge?: number | undefined;
  apartmentPriceTenge?: number | undefined;
}

export interface Family {
  members: FamilyMember[];
  otherMonthlyIncomeTenge?: number | undefined;
  housing?: Housing | undefined;
  difficultLifeSituation?: string | undefined;
}

/** A parameter value in force on a date, as it appears in a trace. Shared, never mutated. */
export interface ParameterInForce {
  readonly parameter: ParameterKey | "POVERTY_LINE_TENGE";
  readonly value: number;
  readonly unit: ParameterUnit;
  readonly effectiveFrom: string;
  readonly source: string;
}

/**
 * A value a reason was decided on: a parameter (with its effective date and source) or
 * a fact about this family (a number of tenge, years, children; a date; a flag; an id).
 */
export type TraceValue = number | string | boolean | null | ParameterInForce;
export type TraceValues = Readonly<Record<string, TraceValue>>;

export type Outcome = "eligible" | "not_eligible" | "review";
export type Period = "once" | "month";

/** One step of the reasoning, kept as a message key and values; text is rendered on demand. */
export interface ReasonTrace {
  rule: string;
  passed: boolean;
  message: MessageKey;
  values: TraceValues;
  source: string | null;
}

/** What would change a "no", as a message key and values. */
export interface HintTrace {
  message: MessageKey;
  values: TraceValues;
}

export interface MemberDecision {
  memberId: string;
  outcome: Outcome;
  amountTenge: number | null;
}

export interface MortgageTerms {
  kind: "mortgage";
  apartmentPriceTenge: number | null;
  downPaymentTenge: number | null;
  loanTenge: number | null;
  monthlyPaymentTenge: number | null;
  downPaymentPercent: number;
  annualRatePercent: number;
  months: number;
}

export interface AssistanceCapTerms {
  kind: "assistance_cap";
  maxAmountTenge: number;
  maxAmountMci: number;
}

export interface PriorityTerms {
  kind: "priority";
  isPriority: boolean;
}

export type MeasureTerms = MortgageTerms | AssistanceCapTerms | PriorityTerms;

export interface MeasureTrace {
  code: MeasureCode;
  outcome: Outcome;
  amountTenge: number | null;
  period: Period | null;
  members: MemberDecision[];
  terms: MeasureTerms | null;
  reasons: ReasonTrace[];
  hints: HintTrace[];
}

export interface FamilyFacts {
  members: number;
  minorChildren: number;
  countedChildren: number;
  isLargeFamily: boolean;
  isIncompleteFamily: boolean;
  /** Rounded up, so that "≤ poverty line" reads the same on the rounded figure. */
  perCapitaIncomeTenge: number;
  povertyLineTenge: number;
  isLowIncome: boolean;
}

/** The engine's result before any text is rendered: cheap to build for a whole caseload. */
export interface EligibilityTrace {
  asOf: string;
  rulesVersion: string;
  facts: FamilyFacts;
  measures: MeasureTrace[];
}
