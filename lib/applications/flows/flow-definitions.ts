// What each measure's guided flow asks, in order, and which documents it needs. The
// pages and the draft functions read this; nothing else knows a flow's shape.
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { DocumentKind } from "@/prisma/generated/enums";

export const STEP_IDS = [
  "children",
  "adult",
  "price",
  "lender",
  "housing",
  "situation",
  "course",
  "counselling-kind",
  "counselling-venue",
  "counselling-slot",
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** Whose application it is: per chosen child (one application each), or the family's. */
export type FlowSubject = "children" | "family";

export interface FlowDefinition {
  steps: readonly StepId[];
  documents: readonly DocumentKind[];
  subject: FlowSubject;
}

export const FLOWS: Record<MeasureCode, FlowDefinition> = {
  PREFERENTIAL_MORTGAGE: { steps: ["price", "lender"], documents: ["IDENTITY", "INCOME_STATEMENT", "HOUSING_QUEUE_CERTIFICATE", "PROPERTY_STATEMENT"], subject: "family" },
  HOUSING_CERTIFICATE: { steps: ["housing"], documents: ["IDENTITY", "HOUSING_QUEUE_CERTIFICATE", "PROPERTY_STATEMENT"], subject: "family" },
  DOWN_PAYMENT_SUBSIDY: { steps: ["housing"], documents: ["IDENTITY", "BIRTH_CERTIFICATE", "INCOME_STATEMENT", "HOUSING_QUEUE_CERTIFICATE"], subject: "family" },
  FREE_KINDERGARTEN: { steps: ["children"], documents: ["IDENTITY", "BIRTH_CERTIFICATE", "INCOME_STATEMENT"], subject: "children" },
  SCHOLARSHIP: { steps: ["children"], documents: ["IDENTITY", "INCOME_STATEMENT", "GRADE_CERTIFICATE"], subject: "children" },
  UTILITIES_COMPENSATION: { steps: ["situation"], documents: ["IDENTITY", "BIRTH_CERTIFICATE", "INCOME_STATEMENT"], subject: "family" },
  HOME_SCHOOLING_REIMBURSEMENT: { steps: ["children"], documents: ["IDENTITY", "BIRTH_CERTIFICATE", "DISABILITY_CERTIFICATE"], subject: "children" },
  ONE_TIME_ASSISTANCE: { steps: ["situation"], documents: ["IDENTITY", "INCOME_STATEMENT", "OTHER"], subject: "family" },
  RETRAINING_COURSES: { steps: ["adult", "course"], documents: ["IDENTITY", "INCOME_STATEMENT"], subject: "family" },
  SOCIAL_JOBS: { steps: ["adult"], documents: ["IDENTITY", "INCOME_STATEMENT"], subject: "family" },
  MOTHERS_CENTER: { steps: ["counselling-kind", "counselling-venue", "counselling-slot"], documents: [], subject: "family" },
};

export function isStepOf(measure: MeasureCode, step: string): step is StepId {
  return (FLOWS[measure].steps as readonly string[]).includes(step);
}

/** The step after `step`, or null when the next page is "check your answers". */
export function stepAfter(measure: MeasureCode, step: StepId): StepId | null {
  const steps = FLOWS[measure].steps;
  return steps[steps.indexOf(step) + 1] ?? null;
}
