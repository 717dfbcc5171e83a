// Checks the screener's answers and turns them into the engine's family. Error messages
// are message keys of the `screener.errors` namespace, translated by the action.
import { z } from "zod";
import { ageOn, isIsoDate } from "@/lib/eligibility/dates";
import type { Family, FamilyMember } from "@/lib/eligibility/types";
import type { ScreenerValues } from "./screener-values";

export type ScreenerErrorKey =
  | "roleRequired"
  | "birthDateRequired"
  | "birthDateInvalid"
  | "birthDateFuture"
  | "birthDateTooOld"
  | "incomeFormat"
  | "otherIncomeFormat"
  | "savingsFormat"
  | "apartmentPriceFormat"
  | "educationInvalid";

/** Oldest age accepted: catches a mistyped year (1886 for 1986) without refusing anyone real. */
const OLDEST_AGE_YEARS = 120;
const MAX_TENGE = 1_000_000_000;

/** Whole tenge as people write it: "150000", "150 000" (spaces of any kind). */
function tengeText(message: ScreenerErrorKey) {
  return z
    .string()
    .transform((value) => value.replace(/[\s\u00a0\u202f]/g, ""))
    .refine((value) => /^\d{0,10}$/.test(value) && Number(value) <= MAX_TENGE, { message });
}

/** An income or savings left empty is none. */
const tenge = (message: ScreenerErrorKey) => tengeText(message).transform((value) => (value === "" ? 0 : Number(value)));
/** An apartment price left empty is unknown (the engine then gives no mortgage figures). */
const optionalTenge = (message: ScreenerErrorKey) => tengeText(message).transform((value) => (value === "" ? undefined : Number(value)));

function answersSchema(today: string) {
  const birthDate = z
    .string()
    .trim()
    .min(1, "birthDateRequired")
    .refine(isIsoDate, "birthDateInvalid")
    .refine((value) => !isIsoDate(value) || value <= today, "birthDateFuture")
    .refine((value) => !isIsoDate(value) || value > today || ageOn(value, today) <= OLDEST_AGE_YEARS, "birthDateTooOld");
  const member = z.strictObject({
    role: z.enum(["parent", "child", "other"], { message: "roleRequired" }),
    birthDate,
    monthlyIncome: tenge("incomeFormat"),
    education: z.enum(["", "none", "preschool", "school", "college", "university"], { message: "educationInvalid" }),
    employed: z.boolean(),
    fullTimeStudent: z.boolean(),
    excellentStudent: z.boolean(),
    disability: z.boolean(),
    homeSchooled: z.boolean(),
  });
  const household = z.strictObject({
    otherMonthlyIncome: tenge("otherIncomeFormat"),
    savings: tenge("savingsFormat"),
    apartmentPrice: optionalTenge("apartmentPriceFormat"),
    inHousingQueue: z.boolean(),
    ownsHome: z.boolean(),
    difficultSituation: z.boolean(),
  });
  return z.strictObject({ members: z.array(member).min(1), household });
}

export interface ScreenerFieldError {
  /** The form field's name, e.g. `members.1.birthDate` or `savings`. */
  field: string;
  key: ScreenerErrorKey;
  /** For a member's field, the row it belongs to. */
  memberIndex: number | null;
}

export interface ScreenerLabels {
  /** The name the engine's reasons use for the person in row `index` ("Person 2"). */
  memberId(index: number): string;
  /** What the engine records as the declared difficult situation. */
  difficultSituation: string;
}

export type ValidateScreenerResult = { ok: true; family: Family } | { ok: false; errors: ScreenerFieldError[] };

/** `today` is the civil date in Almaty; no birth date may come after it. */
export function validateScreenerAnswers(values: ScreenerValues, today: string, labels: ScreenerLabels): ValidateScreenerResult {
  const parsed = answersSchema(today).safeParse(values);
  if (!parsed.success) {
    const seen = new Set<string>();
    const errors: ScreenerFieldError[] = [];
    for (const issue of parsed.error.issues) {
      const [scope, indexOrField, memberField] = issue.path.map(String);
      const isMember = scope === "members" && memberField !== undefined;
      const field = isMember ? `members.${indexOrField}.${memberField}` : (indexOrField ?? "members");
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ field, key: issue.message as ScreenerErrorKey, memberIndex: isMember ? Number(indexOrField) : null });
    }
    return { ok: false, errors };
  }
  const { members, household } = parsed.data;
  const family: Family = {
    members: members.map(
      (member, index): FamilyMember => ({
        id: labels.memberId(index),
        role: member.role,
        birthDate: member.birthDate,
        monthlyIncomeTenge: member.monthlyIncome,
        // An unticked box is an answer ("no job"), not a missing one: the form asks everyone.
        employed: member.employed,
        education: member.education === "" ? undefined : member.education,
        fullTimeStudent: member.fullTimeStudent,
        excellentStudent: member.excellentStudent,
        disability: member.disability,
        homeSchooled: member.homeSchooled,
      }),
    ),
    otherMonthlyIncomeTenge: household.otherMonthlyIncome,
    housing: {
      inHousingQueue: household.inHousingQueue,
      ownsHome: household.ownsHome,
      savingsTenge: household.savings,
      apartmentPriceTenge: household.apartmentPrice,
    },
    difficultLifeSituation: household.difficultSituation ? labels.difficultSituation : undefined,
  };
  return { ok: true, family };
}
