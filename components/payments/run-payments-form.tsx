"use client";

import { useActionState } from "react";
import { FormFeedback } from "@/components/ui/form-feedback";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { runPaymentsAction } from "@/lib/payments/actions/run-payments-action";

/** Translated text and the months offered, given by the server page. */
export interface RunPaymentsFormText {
  summaryTitle: string;
  monthLabel: string;
  submit: string;
  months: { value: string; label: string }[];
}

/** "Run payments for <month>": a plain post to a server action, so it works without JavaScript. */
export function RunPaymentsForm({ text }: { text: RunPaymentsFormText }) {
  const [state, action] = useActionState(runPaymentsAction, INITIAL_FORM_STATE);
  const chosen = state.values.periodMonth ?? text.months[0]?.value ?? "";
  return (
    <form action={action} className="max-w-md space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={["periodMonth"]} />
      <SelectField
        name="periodMonth"
        label={text.monthLabel}
        options={text.months}
        defaultValue={chosen}
        // React resets a form after its action; a new key keeps the chosen month shown.
        key={`month-${chosen}-${state.message ?? ""}`}
        error={state.fieldErrors.periodMonth}
        required
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
