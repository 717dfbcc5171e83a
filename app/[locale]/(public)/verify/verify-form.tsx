"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { checkCodeAction } from "./check-code-action";

/** The form's text, translated by the server page (no message catalogue in the browser). */
export interface VerifyFormText {
  summaryTitle: string;
  required: string;
  codeLabel: string;
  codeHint: string;
  submit: string;
}

export function VerifyForm({ text }: { text: VerifyFormText }) {
  const [state, action] = useActionState(checkCodeAction, INITIAL_FORM_STATE);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...(state.fieldErrors.code ? [{ field: "code", message: state.fieldErrors.code }] : []),
  ];
  return (
    <form action={action} className="max-w-md space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      <FormField
        name="code"
        label={text.codeLabel}
        hint={text.codeHint}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={state.values.code}
        error={state.fieldErrors.code}
        required
        requiredLabel={text.required}
        className="font-mono"
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
