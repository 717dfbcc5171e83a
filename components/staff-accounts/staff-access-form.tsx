"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { updateStaffAccessAction } from "@/lib/staff/actions/update-staff-access";
import { FormFeedback } from "@/components/ui/form-feedback";

export interface StaffAccessFormText {
  summaryTitle: string;
  roleLabel: string;
  districtLabel: string;
  districtHint: string;
  noDistrict: string;
  submit: string;
  roles: { value: string; label: string }[];
  districts: { value: string; label: string }[];
}

export function StaffAccessForm({ userId, role, district, text }: { userId: string; role: string; district: string; text: StaffAccessFormText }) {
  const [state, action] = useActionState(updateStaffAccessAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={["role", "district"]} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField name="role" label={text.roleLabel} defaultValue={state.values.role ?? role} error={state.fieldErrors.role} options={text.roles} />
      <SelectField name="district" label={text.districtLabel} hint={text.districtHint} placeholder={text.noDistrict} defaultValue={state.values.district ?? district} error={state.fieldErrors.district} options={text.districts} />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
