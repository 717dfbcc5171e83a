"use server";

import type { FormState } from "@/lib/forms/form-state";
import { setStaffAccountDisabled, setStaffAccountDisabledSchema } from "../set-staff-account-disabled";
import { runStaffAccountAction } from "./run-staff-account-action";

export async function setStaffAccountDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffAccountAction(formData, {
    schema: setStaffAccountDisabledSchema,
    keptFields: [],
    run: async (admin, input) => {
      await setStaffAccountDisabled(admin, input);
      return input.disabled ? "disabledDone" : "enabledDone";
    },
  });
}
