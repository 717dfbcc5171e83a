"use client";

// Adds one dated value of a parameter to a draft. React resets the form after each send;
// on an error the values typed come back from the state, so nothing is lost.
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { addChangeAction } from "@/lib/rules/actions/add-change";
import { FormFeedback } from "@/components/ui/form-feedback";

const FIELD_ORDER = ["key", "value", "effectiveFrom", "source"] as const;

export interface AddChangeText {
  summaryTitle: string;
  required: string;
  parameterLabel: string;
  chooseParameter: string;
  valueLabel: string;
  valueHint: string;
  effectiveFromLabel: string;
  effectiveFromHint: string;
  sourceLabel: string;
  sourceHint: string;
  submit: string;
  parameters: { value: string; label: string }[];
}

export function AddChangeForm({ versionId, firstDate, text }: { versionId: string; firstDate: string; text: AddChangeText }) {
  const [state, action] = useActionState(addChangeAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={FIELD_ORDER} />
      <input type="hidden" name="versionId" value={versionId} />
      <SelectField
        name="key"
        label={text.parameterLabel}
        placeholder={text.chooseParameter}
        options={text.parameters}
        defaultValue={state.values.key ?? ""}
        error={state.fieldErrors.key}
        required
        requiredLabel={text.required}
      />
      <FormField
        name="value"
        label={text.valueLabel}
        hint={text.valueHint}
        inputMode="decimal"
        defaultValue={state.values.value}
        error={state.fieldErrors.value}
        required
        requiredLabel={text.required}
        autoComplete="off"
        className="max-w-xs"
      />
      <FormField
        name="effectiveFrom"
        type="date"
        min={firstDate}
        label={text.effectiveFromLabel}
        hint={text.effectiveFromHint}
        defaultValue={state.values.effectiveFrom ?? firstDate}
        error={state.fieldErrors.effectiveFrom}
        required
        requiredLabel={text.required}
        className="max-w-xs"
      />
      <FormField
        name="source"
        label={text.sourceLabel}
        hint={text.sourceHint}
        defaultValue={state.values.source}
        error={state.fieldErrors.source}
        required
        requiredLabel={text.required}
        maxLength={300}
        autoComplete="off"
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
