"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction } from "@/lib/auth/actions/sign-in";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(signInAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <ErrorSummary title={t("errors.summaryTitle")} errors={state.formError ? [{ field: "iin", message: state.formError }] : []} />
      <input type="hidden" name="next" value={next} />
      <FormField
        name="iin"
        label={t("signIn.iinLabel")}
        hint={t("signIn.iinHint")}
        inputMode="numeric"
        autoComplete="username"
        maxLength={14}
        defaultValue={state.values.iin}
        required
        className="max-w-xs"
      />
      <FormField name="password" type="password" label={t("signIn.passwordLabel")} autoComplete="current-password" required className="max-w-sm" />
      <SubmitButton>{t("signIn.submit")}</SubmitButton>
    </form>
  );
}
