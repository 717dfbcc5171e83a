"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { shownValue, summaryErrors } from "./summary-errors";
import { TextAreaField } from "@/components/ui/text-area-field";

export interface SituationFormText {
  summaryTitle: string;
  label: string;
  hint: string;
  submit: string;
}

export function SituationForm({ action, stored, text }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; stored: string; text: SituationFormText }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={summaryErrors(state, ["difficultLifeSituation"])} />
      <TextAreaField name="difficultLifeSituation" label={text.label} hint={text.hint} rows={6} defaultValue={shownValue(state, "difficultLifeSituation", stored)} error={state.fieldErrors.difficultLifeSituation} />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
