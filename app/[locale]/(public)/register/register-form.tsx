"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerAction } from "@/lib/accounts/actions/register";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

const FIELD_ORDER = ["fullName", "iin", "phone", "password", "passwordConfirm"] as const;

/** Translated text for the form, given by the server page (no catalogue in the browser). */
export interface RegisterFormText {
  summaryTitle: string;
  required: string;
  fullNameLabel: string;
  fullNameHint: string;
  iinLabel: string;
  iinHint: string;
  phoneLabel: string;
  phoneHint: string;
  passwordLabel: string;
  passwordHint: string;
  passwordConfirmLabel: string;
  submit: string;
}

export function RegisterForm({ text }: { text: RegisterFormText }) {
  const [state, action] = useActionState(registerAction, INITIAL_FORM_STATE);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  const required = text.required;
  return (
    <form action={action} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      <FormField name="fullName" label={text.fullNameLabel} hint={text.fullNameHint} autoComplete="name" defaultValue={state.values.fullName} error={state.fieldErrors.fullName} required requiredLabel={required} />
      <FormField name="iin" label={text.iinLabel} hint={text.iinHint} inputMode="numeric" autoComplete="off" maxLength={14} defaultValue={state.values.iin} error={state.fieldErrors.iin} required requiredLabel={required} className="max-w-xs" />
      <FormField name="phone" type="tel" label={text.phoneLabel} hint={text.phoneHint} autoComplete="tel" defaultValue={state.values.phone} error={state.fieldErrors.phone} required requiredLabel={required} className="max-w-xs" />
      <FormField name="password" type="password" label={text.passwordLabel} hint={text.passwordHint} autoComplete="new-password" error={state.fieldErrors.password} required requiredLabel={required} className="max-w-sm" />
      <FormField name="passwordConfirm" type="password" label={text.passwordConfirmLabel} autoComplete="new-password" error={state.fieldErrors.passwordConfirm} required requiredLabel={required} className="max-w-sm" />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
