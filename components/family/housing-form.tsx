"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { CheckboxField } from "./checkbox-field";
import { shownChecked, shownValue, summaryErrors } from "./summary-errors";

export interface HousingFormValues {
  inHousingQueue: boolean;
  ownsHome: boolean;
  savingsTenge: string;
  apartmentPriceTenge: string;
}

export interface HousingFormText {
  summaryTitle: string;
  inHousingQueue: string;
  ownsHome: string;
  savingsLabel: string;
  savingsHint: string;
  apartmentPriceLabel: string;
  apartmentPriceHint: string;
  submit: string;
}

export function HousingForm({ action, stored, text }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; stored: HousingFormValues; text: HousingFormText }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={summaryErrors(state, ["savingsTenge", "apartmentPriceTenge"])} />
      <CheckboxField name="inHousingQueue" label={text.inHousingQueue} defaultChecked={shownChecked(state, "inHousingQueue", stored.inHousingQueue)} />
      <CheckboxField name="ownsHome" label={text.ownsHome} defaultChecked={shownChecked(state, "ownsHome", stored.ownsHome)} />
      <FormField name="savingsTenge" label={text.savingsLabel} hint={text.savingsHint} inputMode="numeric" autoComplete="off" defaultValue={shownValue(state, "savingsTenge", stored.savingsTenge)} error={state.fieldErrors.savingsTenge} className="max-w-xs" />
      <FormField name="apartmentPriceTenge" label={text.apartmentPriceLabel} hint={text.apartmentPriceHint} inputMode="numeric" autoComplete="off" defaultValue={shownValue(state, "apartmentPriceTenge", stored.apartmentPriceTenge)} error={state.fieldErrors.apartmentPriceTenge} className="max-w-xs" />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
