// The answers a draft keeps in Application.answers. Every flow writes a subset; the
// whole object is re-validated whenever it is read back from the database.
import { z } from "zod";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { FLOWS, type StepId } from "./flow-definitions";

export const COUNSELLING_KINDS = ["LEGAL", "PSYCHOLOGICAL", "REHABILITATION"] as const;
export const COUNSELLING_VENUES = ["CITY_CENTER", "PARTNER_NGO"] as const;
export const COURSE_FIELDS = ["IT", "ACCOUNTING", "SEWING", "COOKING", "HAIRDRESSING", "CHILDCARE", "DRIVING", "OTHER"] as const;

export const SITUATION_MAX_LENGTH = 2000;
export const LENDER_MAX_LENGTH = 200;

const id = z.string().min(1).max(64);

export const answersSchema = z.strictObject({
  memberIds: z.array(id).min(1).max(20).optional(),
  adultMemberId: id.optional(),
  apartmentPriceTenge: z.number().int().positive().max(10_000_000_000).optional(),
  lender: z.string().min(2).max(LENDER_MAX_LENGTH).optional(),
  housingQueueConfirmed: z.literal(true).optional(),
  savingsTenge: z.number().int().min(0).max(10_000_000_000).optional(),
  situation: z.string().min(10).max(SITUATION_MAX_LENGTH).optional(),
  courseField: z.enum(COURSE_FIELDS).optional(),
  counsellingKind: z.enum(COUNSELLING_KINDS).optional(),
  counsellingVenue: z.enum(COUNSELLING_VENUES).optional(),
  slotId: id.optional(),
});

export type Answers = z.infer<typeof answersSchema>;

/** Answers read back from the database; anything that no longer fits counts as unanswered. */
export function readAnswers(stored: unknown): Answers {
  const parsed = answersSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

const STEP_ANSWERS: Record<StepId, readonly (keyof Answers)[]> = {
  children: ["memberIds"],
  adult: ["adultMemberId"],
  price: ["apartmentPriceTenge"],
  lender: ["lender"],
  housing: ["housingQueueConfirmed", "savingsTenge"],
  situation: ["situation"],
  course: ["courseField"],
  "counselling-kind": ["counsellingKind"],
  "counselling-venue": ["counsellingVenue"],
  "counselling-slot": ["slotId"],
};

export function isStepAnswered(step: StepId, answers: Answers): boolean {
  return STEP_ANSWERS[step].every((key) => answers[key] !== undefined);
}

/** The first step still to answer, or null when the flow is complete. */
export function firstUnansweredStep(measure: MeasureCode, answers: Answers): StepId | null {
  return FLOWS[measure].steps.find((step) => !isStepAnswered(step, answers)) ?? null;
}
