"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { shownValue, summaryErrors } from "./summary-errors";

export interface OtherIncomeFormText {
  summaryTitle: string;
  label: string;
  hint: string;
  submit: string;
}

export function OtherIncomeForm({ action, stored, text }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; stored: string; text: OtherIncomeFormText }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={summaryErrors(state, ["otherMonthlyIncomeTenge"])} />
      <FormField name="otherMonthlyIncomeTenge" label={text.label} hint={text.hint} inputMode="numeric" autoComplete="off" defaultValue={shownValue(state, "otherMonthlyIncomeTenge", stored)} error={state.fieldErrors.otherMonthlyIncomeTenge} className="max-w-xs" />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
