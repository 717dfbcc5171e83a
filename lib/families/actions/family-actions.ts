"use server";

import type { FormState } from "@/lib/forms/form-state";
import { createOwnFamily } from "../create-own-family";
import { difficultSituationSchema, familyAddressSchema, housingSchema, otherIncomeSchema } from "../family-schemas";
import { saveOwnHousing } from "../save-own-housing";
import { updateOwnFamily } from "../update-own-family";
import { runProfileForm } from "./run-profile-form";

export async function createFamilyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({ formData, schema: familyAddressSchema, fields: ["district", "address"], save: createOwnFamily, done: "family-created" });
}

export async function updateAddressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({ formData, schema: familyAddressSchema, fields: ["district", "address"], save: updateOwnFamily, done: "saved" });
}

export async function updateOtherIncomeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({ formData, schema: otherIncomeSchema, fields: ["otherMonthlyIncomeTenge"], save: updateOwnFamily, done: "saved" });
}

export async function updateSituationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({
    formData,
    schema: difficultSituationSchema,
    fields: ["difficultLifeSituation"],
    save: updateOwnFamily,
    done: "saved",
  });
}

export async function saveHousingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({
    formData,
    schema: housingSchema,
    fields: ["inHousingQueue", "ownsHome", "savingsTenge", "apartmentPriceTenge"],
    save: saveOwnHousing,
    done: "saved",
  });
}
