"use server";

import type { FormState } from "@/lib/forms/form-state";
import { updateStaffAccess, updateStaffAccessSchema } from "../update-staff-access";
import { runStaffAccountAction } from "./run-staff-account-action";

export async function updateStaffAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffAccountAction(formData, {
    schema: updateStaffAccessSchema,
    keptFields: ["role", "district"],
    run: async (admin, input) => ((await updateStaffAccess(admin, input)).changed ? "accessSaved" : "accessUnchanged"),
  });
}
