"use client";

// Add or edit one family member. The same fields either way; the page passes the action
// (bound to the member's id when editing), the stored values and the translated text.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { MEMBER_FORM_FIELDS } from "@/lib/families/member-form-fields";
import { CheckboxField } from "./checkbox-field";
import { shownChecked, shownValue, summaryErrors } from "./summary-errors";

export const MEMBER_FLAGS = ["fullTimeStudent", "excellentStudent", "disability", "homeSchooled", "employed"] as const;
type Flag = (typeof MEMBER_FLAGS)[number];

export interface MemberFormValues {
  fullName?: string;
  iin?: string;
  birthDate?: string;
  role?: string;
  relation?: string;
  education?: string;
  fullTimeStudent?: boolean;
  excellentStudent?: boolean;
  disability?: boolean;
  homeSchooled?: boolean;
  employed?: boolean;
  monthlyIncomeTenge?: string;
}

/** Translated text for the form, given by the server page (no catalogue in the browser). */
export interface MemberFormText {
  summaryTitle: string;
  required: string;
  fullNameLabel: string;
  iinLabel: string;
  iinHint: string;
  birthDateLabel: string;
  birthDateHint: string;
  roleLabel: string;
  rolePlaceholder: string;
  roleOptions: { value: string; label: string }[];
  relationLabel: string;
  relationHint: string;
  educationLabel: string;
  educationOptions: { value: string; label: string }[];
  circumstancesLegend: string;
  flags: Record<Flag, string>;
  monthlyIncomeLabel: string;
  monthlyIncomeHint: string;
  submit: string;
}

export function MemberForm({
  action,
  stored = {},
  text,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  stored?: MemberFormValues;
  text: MemberFormText;
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const required = text.required;
  const value = (field: Exclude<keyof MemberFormValues, Flag>) => shownValue(state, field, stored[field]);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={summaryErrors(state, MEMBER_FORM_FIELDS)} />
      <FormField name="fullName" label={text.fullNameLabel} autoComplete="off" defaultValue={value("fullName")} error={state.fieldErrors.fullName} required requiredLabel={required} />
      <FormField name="iin" label={text.iinLabel} hint={text.iinHint} inputMode="numeric" autoComplete="off" maxLength={14} defaultValue={value("iin")} error={state.fieldErrors.iin} required requiredLabel={required} className="max-w-xs" />
      <FormField name="birthDate" type="date" label={text.birthDateLabel} hint={text.birthDateHint} defaultValue={value("birthDate")} error={state.fieldErrors.birthDate} required requiredLabel={required} className="max-w-xs" />
      <SelectField name="role" label={text.roleLabel} placeholder={text.rolePlaceholder} options={text.roleOptions} defaultValue={value("role")} error={state.fieldErrors.role} required />
      <FormField name="relation" label={text.relationLabel} hint={text.relationHint} autoComplete="off" defaultValue={value("relation")} error={state.fieldErrors.relation} />
      <SelectField name="education" label={text.educationLabel} options={text.educationOptions} defaultValue={value("education") ?? "NONE"} error={state.fieldErrors.education} />
      <fieldset className="space-y-3">
        <legend className="mb-2 font-semibold">{text.circumstancesLegend}</legend>
        {MEMBER_FLAGS.map((flag) => (
          <CheckboxField key={flag} name={flag} label={text.flags[flag]} defaultChecked={shownChecked(state, flag, stored[flag])} />
        ))}
      </fieldset>
      <FormField name="monthlyIncomeTenge" label={text.monthlyIncomeLabel} hint={text.monthlyIncomeHint} inputMode="numeric" autoComplete="off" defaultValue={value("monthlyIncomeTenge") ?? "0"} error={state.fieldErrors.monthlyIncomeTenge} className="max-w-xs" />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
