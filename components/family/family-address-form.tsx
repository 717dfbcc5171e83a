"use client";

// District and address: the first step of a new family profile, and its edit page.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { shownValue, summaryErrors } from "./summary-errors";

export interface FamilyAddressFormText {
  summaryTitle: string;
  required: string;
  districtLabel: string;
  districtPlaceholder: string;
  districtOptions: { value: string; label: string }[];
  addressLabel: string;
  addressHint: string;
  submit: string;
}

export function FamilyAddressForm({
  action,
  stored = {},
  text,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  stored?: { district?: string; address?: string };
  text: FamilyAddressFormText;
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={summaryErrors(state, ["district", "address"])} />
      <SelectField name="district" label={text.districtLabel} placeholder={text.districtPlaceholder} options={text.districtOptions} defaultValue={shownValue(state, "district", stored.district)} error={state.fieldErrors.district} required />
      <FormField name="address" label={text.addressLabel} hint={text.addressHint} autoComplete="street-address" defaultValue={shownValue(state, "address", stored.address)} error={state.fieldErrors.address} required requiredLabel={text.required} />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
