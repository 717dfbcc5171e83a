"use server";

import type { FormState } from "@/lib/forms/form-state";
import { resetStaffPassword, resetStaffPasswordSchema } from "../reset-staff-password";
import { runStaffAccountAction } from "./run-staff-account-action";

export async function resetStaffPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffAccountAction(formData, {
    schema: resetStaffPasswordSchema,
    // The password is never echoed back into the form.
    keptFields: [],
    run: async (admin, input) => {
      await resetStaffPassword(admin, input);
      return "passwordResetDone";
    },
  });
}
