"use client";

// Client components get their text already translated, as props: no message catalogue
// or formatter is shipped to the browser (the JavaScript budget of citizen pages).
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction } from "@/lib/auth/actions/sign-in";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export interface SignInFormText {
  summaryTitle: string;
  iinLabel: string;
  iinHint: string;
  passwordLabel: string;
  submit: string;
}

export function SignInForm({ next, text }: { next: string; text: SignInFormText }) {
  const [state, action] = useActionState(signInAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={state.formError ? [{ field: "iin", message: state.formError }] : []} />
      <input type="hidden" name="next" value={next} />
      <FormField name="iin" label={text.iinLabel} hint={text.iinHint} inputMode="numeric" autoComplete="username" maxLength={14} defaultValue={state.values.iin} required className="max-w-xs" />
      <FormField name="password" type="password" label={text.passwordLabel} autoComplete="current-password" required className="max-w-sm" />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
