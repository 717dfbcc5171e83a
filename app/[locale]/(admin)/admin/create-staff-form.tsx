"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { createStaffAccountAction } from "@/lib/staff/actions/create-staff-account";

const ROLES = ["CASEWORKER", "SUPERVISOR", "ADMIN"] as const;
const DISTRICTS = ["ALATAU", "ALMALY", "AUEZOV", "BOSTANDYK", "ZHETYSU", "MEDEU", "NAURYZBAY", "TURKSIB"] as const;
const FIELD_ORDER = ["fullName", "iin", "phone", "role", "district", "password"] as const;

export function CreateStaffForm() {
  const t = useTranslations();
  const [state, action] = useActionState(createStaffAccountAction, INITIAL_FORM_STATE);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  const required = t("common.required");
  // The form is re-mounted after a success so it starts empty for the next colleague.
  return (
    <form key={state.status === "success" ? state.message : "form"} action={action} className="space-y-5" noValidate>
      {state.status === "success" && state.message ? <Alert tone="success" title={state.message} live /> : null}
      <ErrorSummary title={t("errors.summaryTitle")} errors={errors} />
      <FormField name="fullName" label={t("admin.fullNameLabel")} defaultValue={state.values.fullName} error={state.fieldErrors.fullName} required requiredLabel={required} autoComplete="off" />
      <FormField name="iin" label={t("admin.iinLabel")} inputMode="numeric" maxLength={14} defaultValue={state.values.iin} error={state.fieldErrors.iin} required requiredLabel={required} autoComplete="off" className="max-w-xs" />
      <FormField name="phone" type="tel" label={t("admin.phoneLabel")} hint={t("register.phoneHint")} defaultValue={state.values.phone} error={state.fieldErrors.phone} required requiredLabel={required} autoComplete="off" className="max-w-xs" />
      <SelectField name="role" label={t("admin.roleLabel")} placeholder={t("admin.chooseRole")} defaultValue={state.values.role ?? ""} error={state.fieldErrors.role} options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      <SelectField name="district" label={t("admin.districtLabel")} hint={t("admin.districtHint")} placeholder={t("admin.noDistrict")} defaultValue={state.values.district ?? ""} error={state.fieldErrors.district} options={DISTRICTS.map((district) => ({ value: district, label: t(`districts.${district}`) }))} />
      <FormField name="password" type="password" label={t("admin.passwordLabel")} hint={t("register.passwordHint")} error={state.fieldErrors.password} required requiredLabel={required} autoComplete="new-password" className="max-w-sm" />
      <SubmitButton>{t("admin.submit")}</SubmitButton>
    </form>
  );
}
