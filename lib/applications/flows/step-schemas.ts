// One strict schema per step, for the fields that step's form posts. Error messages are
// keys of the `apply.errors` messages. Amounts are typed with or without spaces.
import { z } from "zod";
import {
  COUNSELLING_KINDS,
  COUNSELLING_VENUES,
  COURSE_FIELDS,
  LENDER_MAX_LENGTH,
  SITUATION_MAX_LENGTH,
  type Answers,
} from "./answers";
import type { StepId } from "./flow-definitions";
import { formRecordHasNul } from "@/lib/forms/forbidden-characters";
import { formIssues } from "@/lib/forms/parse-form";

const tenge = (requiredKey: string, invalidKey: string) =>
  z
    .string()
    .transform((text) => text.replace(/[\s\u00a0\u202f]/g, ""))
    .pipe(z.string().min(1, requiredKey).regex(/^\d{1,11}$/, invalidKey))
    .transform(Number);

const memberId = (requiredKey: string) => z.string().min(1, requiredKey).max(64, requiredKey);

export const STEP_SCHEMAS = {
  children: z.strictObject({
    memberIds: z.array(memberId("chooseChild")).min(1, "chooseChild").max(20, "chooseChild"),
  }),
  adult: z.strictObject({ adultMemberId: memberId("chooseAdult") }),
  price: z.strictObject({
    apartmentPriceTenge: tenge("priceRequired", "priceInvalid").pipe(z.number().min(1_000_000, "priceTooLow").max(10_000_000_000, "priceInvalid")),
  }),
  lender: z.strictObject({
    lender: z.string().trim().min(2, "lenderRequired").max(LENDER_MAX_LENGTH, "lenderTooLong"),
  }),
  housing: z.strictObject({
    housingQueueConfirmed: z.literal("yes", "confirmQueue").transform(() => true as const),
    savingsTenge: tenge("savingsRequired", "savingsInvalid"),
  }),
  situation: z.strictObject({
    situation: z.string().trim().min(10, "situationTooShort").max(SITUATION_MAX_LENGTH, "situationTooLong"),
  }),
  course: z.strictObject({ courseField: z.enum(COURSE_FIELDS, "chooseCourse") }),
  "counselling-kind": z.strictObject({ counsellingKind: z.enum(COUNSELLING_KINDS, "chooseKind") }),
  "counselling-venue": z.strictObject({ counsellingVenue: z.enum(COUNSELLING_VENUES, "chooseVenue") }),
  "counselling-slot": z.strictObject({ slotId: memberId("chooseSlot") }),
} satisfies Record<StepId, z.ZodType<Partial<Answers>>>;

/** Fields posted as several values (checkboxes); every other field is a single string. */
const LIST_FIELDS: ReadonlySet<string> = new Set(["memberIds"]);

/**
 * The posted form as the step schema reads it: lists kept as lists, React's own fields
 * dropped. A list step with no box ticked posts nothing, which reads as an empty list.
 */
export function stepFormRecord(step: StepId, formData: FormData): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (LIST_FIELDS.has(key)) record[key] = [...((record[key] as string[] | undefined) ?? []), value];
    else record[key] = value;
  }
  if (step === "children" && !("memberIds" in record)) record.memberIds = [];
  return record;
}

export type StepFieldErrors = Record<string, string>;

export type StepParseResult =
  | { ok: true; data: Partial<Answers> }
  | { ok: false; fieldErrors: StepFieldErrors; hasUnexpectedFields: boolean };

export function parseStep(step: StepId, record: Record<string, unknown>): StepParseResult {
  if (formRecordHasNul(record)) return { ok: false, fieldErrors: {}, hasUnexpectedFields: true };
  const result = (STEP_SCHEMAS[step] as z.ZodType<Partial<Answers>>).safeParse(record);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, ...formIssues(result.error.issues) };
}
