"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { setStaffAccountDisabledAction } from "@/lib/staff/actions/set-staff-account-disabled";
import { FormFeedback } from "@/components/ui/form-feedback";

/** Disables an active account or enables a disabled one; the button says which. */
export function StaffDisableForm({ userId, disable, text }: { userId: string; disable: boolean; text: { summaryTitle: string; submit: string } }) {
  const [state, action] = useActionState(setStaffAccountDisabledAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={[]} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disable ? "true" : "false"} />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
