// The forms of the rules editor. Strict: a field the form does not have (status,
// approvedById, publishedAt…) is refused. Messages are keys of rules.json's "errors".
import { z } from "zod";
import { isIsoDate } from "@/lib/eligibility/dates";
import { DEFAULT_PARAMETERS, isParameterKey, type ParameterKey } from "@/lib/eligibility/parameters/definitions";
import { parseParameterValue } from "./parameter-value-rules";

const id = z.string().trim().min(1, "notFound").max(64, "notFound");

export const draftDetailsSchema = z.strictObject({
  title: z.string().trim().min(3, "titleRequired").max(120, "titleTooLong"),
  reason: z.string().trim().min(3, "reasonRequired").max(2_000, "reasonTooLong"),
});
export type DraftDetailsInput = z.infer<typeof draftDetailsSchema>;

export const updateDraftSchema = draftDetailsSchema.extend({ versionId: id });
export type UpdateDraftInput = z.infer<typeof updateDraftSchema>;

export const versionIdSchema = z.strictObject({ versionId: id });

export const removeChangeSchema = z.strictObject({ versionId: id, changeId: id });
export type RemoveChangeInput = z.infer<typeof removeChangeSchema>;

export const publishSchema = z.strictObject({
  versionId: id,
  // Not trimmed: a password is compared exactly as typed.
  password: z.string().min(1, "passwordRequired").max(200, "passwordWrong"),
});
export type PublishInput = z.infer<typeof publishSchema>;

/** A change adds one dated value of one parameter; `firstDate` is tomorrow in Almaty. */
export function addChangeSchema(firstDate: string) {
  return z
    .strictObject({
      versionId: id,
      key: z.string().refine(isParameterKey, "parameterRequired"),
      value: z.string().max(40, "valueNotNumber"),
      effectiveFrom: z
        .string()
        .trim()
        .refine(isIsoDate, "dateInvalid")
        .refine((date) => date >= firstDate, "dateNotFuture")
        .refine((date) => date <= "2100-12-31", "dateInvalid"),
      source: z.string().trim().min(3, "sourceRequired").max(300, "sourceTooLong"),
    })
    .transform((input, context) => {
      const key = input.key as ParameterKey;
      const parsed = parseParameterValue(DEFAULT_PARAMETERS[key].unit, input.value);
      if (!parsed.ok) {
        context.addIssue({ code: "custom", path: ["value"], message: parsed.error });
        return z.NEVER;
      }
      return { versionId: input.versionId, key, value: parsed.value, effectiveFrom: input.effectiveFrom, source: input.source };
    });
}
export type AddChangeInput = z.output<ReturnType<typeof addChangeSchema>>;
