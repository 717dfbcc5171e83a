"use client";

import { useActionState } from "react";
import { FormFeedback } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { createStaffAccountAction } from "@/lib/staff/actions/create-staff-account";

const FIELD_ORDER = ["fullName", "iin", "phone", "role", "district", "password"] as const;

/** Translated text and options, given by the server page. */
export interface CreateStaffFormText {
  summaryTitle: string;
  required: string;
  fullNameLabel: string;
  iinLabel: string;
  phoneLabel: string;
  phoneHint: string;
  roleLabel: string;
  chooseRole: string;
  districtLabel: string;
  districtHint: string;
  noDistrict: string;
  passwordLabel: string;
  passwordHint: string;
  submit: string;
  roles: { value: string; label: string }[];
  districts: { value: string; label: string }[];
}

export function CreateStaffForm({ text }: { text: CreateStaffFormText }) {
  const [state, action] = useActionState(createStaffAccountAction, INITIAL_FORM_STATE);
  const required = text.required;
  // The form is re-mounted after a success so it starts empty for the next colleague.
  return (
    <form key={state.status === "success" ? state.message : "form"} action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={FIELD_ORDER} />
      <FormField name="fullName" label={text.fullNameLabel} defaultValue={state.values.fullName} error={state.fieldErrors.fullName} required requiredLabel={required} autoComplete="off" />
      <FormField name="iin" label={text.iinLabel} inputMode="numeric" maxLength={14} defaultValue={state.values.iin} error={state.fieldErrors.iin} required requiredLabel={required} autoComplete="off" className="max-w-xs" />
      <FormField name="phone" type="tel" label={text.phoneLabel} hint={text.phoneHint} defaultValue={state.values.phone} error={state.fieldErrors.phone} required requiredLabel={required} autoComplete="off" className="max-w-xs" />
      <SelectField name="role" label={text.roleLabel} placeholder={text.chooseRole} defaultValue={state.values.role ?? ""} error={state.fieldErrors.role} options={text.roles} />
      <SelectField name="district" label={text.districtLabel} hint={text.districtHint} placeholder={text.noDistrict} defaultValue={state.values.district ?? ""} error={state.fieldErrors.district} options={text.districts} />
      <FormField name="password" type="password" label={text.passwordLabel} hint={text.passwordHint} error={state.fieldErrors.password} required requiredLabel={required} autoComplete="new-password" className="max-w-sm" />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
