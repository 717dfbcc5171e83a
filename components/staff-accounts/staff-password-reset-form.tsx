"use client";

import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { resetStaffPasswordAction } from "@/lib/staff/actions/reset-staff-password";
import { FormFeedback } from "@/components/ui/form-feedback";

export function StaffPasswordResetForm({ userId, text }: { userId: string; text: { summaryTitle: string; required: string; passwordLabel: string; passwordHint: string; submit: string } }) {
  const [state, action] = useActionState(resetStaffPasswordAction, INITIAL_FORM_STATE);
  // Re-mounted after a success so the typed password does not stay in the field.
  return (
    <form key={state.status === "success" ? "done" : "form"} action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={["password"]} />
      <input type="hidden" name="userId" value={userId} />
      <FormField name="password" type="password" label={text.passwordLabel} hint={text.passwordHint} error={state.fieldErrors.password} required requiredLabel={text.required} autoComplete="new-password" className="max-w-sm" />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
