// The API contract as zod schemas: the one definition the route, the CLI, the tests and
// the OpenAPI document share. `.meta({ id })` names the OpenAPI components.
import { z } from "zod";
import { isIsoDate } from "./dates";
import { MEASURE_CODES } from "./measure-codes";
import { PARAMETER_KEYS } from "./parameters/definitions";

const isoDate = z
  .string()
  .refine(isIsoDate, { message: "Expected a real calendar date written as YYYY-MM-DD" })
  .meta({ format: "date", example: "2026-03-01" });

// Whole tenge; the upper bound keeps sums of a family's incomes exact in a double.
const tenge = z.number().int().min(0).max(1_000_000_000_000);

export const localeSchema = z.enum(["kk", "ru", "en"]).meta({ id: "Locale", description: "Language of messages and hints" });

export const familyMemberSchema = z
  .strictObject({
    id: z.string().trim().min(1).max(64).meta({ description: "Identifier of the member within the request (shown in messages)" }),
    role: z.enum(["parent", "child", "other"]),
    birthDate: isoDate,
    monthlyIncomeTenge: tenge.optional(),
    employed: z.boolean().optional().meta({ description: "Omit when unknown; only `false` counts as unemployed" }),
    education: z.enum(["none", "preschool", "school", "college", "university"]).optional(),
    fullTimeStudent: z.boolean().optional(),
    excellentStudent: z.boolean().optional(),
    disability: z.boolean().optional(),
    homeSchooled: z.boolean().optional(),
  })
  .meta({ id: "FamilyMember" });

export const housingSchema = z
  .strictObject({
    inHousingQueue: z.boolean(),
    ownsHome: z.boolean(),
    savingsTenge: tenge.optional(),
    apartmentPriceTenge: tenge.optional(),
  })
  .meta({ id: "Housing" });

export const familySchema = z
  .strictObject({
    members: z
      .array(familyMemberSchema)
      .min(1)
      .max(40)
      .superRefine((members, context) => {
        const seen = new Set<string>();
        members.forEach((member, index) => {
          if (seen.has(member.id)) context.addIssue({ code: "custom", path: [index, "id"], message: "Member ids must be unique" });
          seen.add(member.id);
        });
      }),
    otherMonthlyIncomeTenge: tenge.optional(),
    housing: housingSchema.optional(),
    difficultLifeSituation: z.string().max(2_000).optional(),
  })
  .meta({ id: "Family" });

export const eligibilityRequestSchema = z
  .strictObject({
    asOf: isoDate.optional().meta({ description: "Date of the assessment; today in Almaty when omitted" }),
    locale: localeSchema.optional(),
    family: familySchema,
  })
  .meta({
    id: "EligibilityRequest",
    example: {
      asOf: "2026-03-01",
      locale: "en",
      family: {
        members: [
          { id: "mother", role: "parent", birthDate: "1990-05-14", monthlyIncomeTenge: 120_000, employed: true },
          { id: "aruzhan", role: "child", birthDate: "2012-09-01", education: "school", excellentStudent: true },
          { id: "timur", role: "child", birthDate: "2022-02-10" },
        ],
        housing: { inHousingQueue: true, ownsHome: false, savingsTenge: 300_000, apartmentPriceTenge: 15_000_000 },
      },
    },
  });

export type EligibilityRequest = z.infer<typeof eligibilityRequestSchema>;

const parameterValueSchema = z
  .strictObject({
    parameter: z.enum([...PARAMETER_KEYS, "POVERTY_LINE_TENGE"]),
    value: z.number(),
    unit: z.enum(["tenge", "tenge_per_month", "percent", "years", "months", "children", "birth_order", "mci", "working_days", "month_of_year"]),
    effectiveFrom: isoDate,
    source: z.string(),
  })
  .meta({ id: "ParameterValue", description: "A parameter value in force on asOf, with the date it took effect" });

const traceValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null(), parameterValueSchema]);

const reasonSchema = z
  .strictObject({
    rule: z.string(),
    passed: z.boolean(),
    message: z.string().meta({ description: "The reason in the requested language" }),
    values: z.record(z.string(), traceValueSchema),
    source: z.string().nullable(),
  })
  .meta({ id: "Reason" });

const outcomeSchema = z.enum(["eligible", "not_eligible", "review"]);
const integerTenge = z.number().int().min(0);

const termsSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("mortgage"),
      apartmentPriceTenge: integerTenge.nullable(),
      downPaymentTenge: integerTenge.nullable(),
      loanTenge: integerTenge.nullable(),
      monthlyPaymentTenge: integerTenge.nullable(),
      downPaymentPercent: z.number(),
      annualRatePercent: z.number(),
      months: z.number().int(),
    }),
    z.strictObject({ kind: z.literal("assistance_cap"), maxAmountTenge: integerTenge, maxAmountMci: z.number() }),
    z.strictObject({ kind: z.literal("priority"), isPriority: z.boolean() }),
  ])
  .meta({ id: "MeasureTerms" });

export const measureResultSchema = z
  .strictObject({
    code: z.enum(MEASURE_CODES),
    outcome: outcomeSchema,
    amountTenge: integerTenge.nullable(),
    period: z.enum(["once", "month"]).nullable(),
    members: z.array(z.strictObject({ memberId: z.string(), outcome: outcomeSchema, amountTenge: integerTenge.nullable() })),
    terms: termsSchema.nullable(),
    reasons: z.array(reasonSchema),
    hints: z.array(z.string()).meta({ description: "What would change a “no”, in the requested language" }),
  })
  .meta({ id: "MeasureResult" });

export const familyFactsSchema = z
  .strictObject({
    members: z.number().int(),
    minorChildren: z.number().int(),
    countedChildren: z.number().int(),
    isLargeFamily: z.boolean(),
    isIncompleteFamily: z.boolean(),
    perCapitaIncomeTenge: integerTenge,
    povertyLineTenge: integerTenge,
    isLowIncome: z.boolean(),
  })
  .meta({ id: "FamilyFacts" });

export const eligibilityResponseSchema = z
  .strictObject({
    asOf: isoDate,
    rulesVersion: z.string().meta({ description: "engine-<logic version>+params-<fingerprint of the parameter values in force on asOf>" }),
    facts: familyFactsSchema,
    measures: z.array(measureResultSchema).meta({ description: "Every measure, in a fixed order" }),
  })
  .meta({ id: "EligibilityResponse" });

export type EligibilityResponse = z.infer<typeof eligibilityResponseSchema>;

export const fieldErrorsSchema = z
  .strictObject({
    errors: z.array(z.strictObject({ path: z.string().meta({ description: "Dotted path of the field, empty for the whole body" }), message: z.string() })),
  })
  .meta({ id: "FieldErrors" });

export interface FieldError {
  path: string;
  message: string;
}

/** zod issues as the API's field errors. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/** Checks that need the resolved asOf: nobody is born after it, and rules cover it. */
export function checkRequestDates(request: EligibilityRequest, asOf: string, firstCoveredDate: string): FieldError[] {
  const errors: FieldError[] = [];
  if (asOf < firstCoveredDate) {
    errors.push({ path: "asOf", message: `The rules in force start on ${firstCoveredDate}; asOf must not be earlier` });
  }
  request.family.members.forEach((member, index) => {
    if (member.birthDate > asOf) {
      errors.push({ path: `family.members.${index}.birthDate`, message: `Birth date is after asOf (${asOf})` });
    }
  });
  return errors;
}
