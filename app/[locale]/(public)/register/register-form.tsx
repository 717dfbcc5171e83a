"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerAction } from "@/lib/accounts/actions/register";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

const FIELD_ORDER = ["fullName", "iin", "phone", "password", "passwordConfirm"] as const;

export function RegisterForm() {
  const t = useTranslations();
  const [state, action] = useActionState(registerAction, INITIAL_FORM_STATE);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  const required = t("common.required");
  return (
    <form action={action} className="space-y-5" noValidate>
      <ErrorSummary title={t("errors.summaryTitle")} errors={errors} />
      <FormField name="fullName" label={t("register.fullNameLabel")} hint={t("register.fullNameHint")} autoComplete="name" defaultValue={state.values.fullName} error={state.fieldErrors.fullName} required requiredLabel={required} />
      <FormField name="iin" label={t("register.iinLabel")} hint={t("register.iinHint")} inputMode="numeric" autoComplete="off" maxLength={14} defaultValue={state.values.iin} error={state.fieldErrors.iin} required requiredLabel={required} className="max-w-xs" />
      <FormField name="phone" type="tel" label={t("register.phoneLabel")} hint={t("register.phoneHint")} autoComplete="tel" defaultValue={state.values.phone} error={state.fieldErrors.phone} required requiredLabel={required} className="max-w-xs" />
      <FormField name="password" type="password" label={t("register.passwordLabel")} hint={t("register.passwordHint")} autoComplete="new-password" error={state.fieldErrors.password} required requiredLabel={required} className="max-w-sm" />
      <FormField name="passwordConfirm" type="password" label={t("register.passwordConfirmLabel")} autoComplete="new-password" error={state.fieldErrors.passwordConfirm} required requiredLabel={required} className="max-w-sm" />
      <SubmitButton>{t("register.submit")}</SubmitButton>
    </form>
  );
}
