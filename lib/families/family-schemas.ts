// The household forms: where the family lives, other income, housing, and a declared
// difficult life situation. One small schema per page.
import { z } from "zod";
import { District } from "@/prisma/generated/enums";
import { checkboxField, optionalTengeField, optionalText, tengeField } from "./profile-fields";

export const familyAddressSchema = z.strictObject({
  district: z.enum(District, "districtRequired"),
  address: z.string().trim().min(1, "addressRequired").max(300, "addressTooLong"),
});

export const otherIncomeSchema = z.strictObject({
  otherMonthlyIncomeTenge: tengeField,
});

export const difficultSituationSchema = z.strictObject({
  difficultLifeSituation: optionalText(2000, "situationTooLong"),
});

export const housingSchema = z.strictObject({
  inHousingQueue: checkboxField,
  ownsHome: checkboxField,
  savingsTenge: tengeField,
  apartmentPriceTenge: optionalTengeField,
});

export type FamilyAddressInput = z.infer<typeof familyAddressSchema>;
export type OtherIncomeInput = z.infer<typeof otherIncomeSchema>;
export type DifficultSituationInput = z.infer<typeof difficultSituationSchema>;
export type HousingInput = z.infer<typeof housingSchema>;
/** Any change to the family row itself. */
export type FamilyChanges = Partial<FamilyAddressInput & OtherIncomeInput & DifficultSituationInput>;
