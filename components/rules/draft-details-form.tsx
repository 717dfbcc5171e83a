"use client";

// Title and reason of a draft: to open a new draft, or to correct one while it is a draft.
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { FormFeedback } from "@/components/ui/form-feedback";

export interface DraftDetailsText {
  summaryTitle: string;
  required: string;
  titleLabel: string;
  titleHint: string;
  reasonLabel: string;
  reasonHint: string;
  submit: string;
}

export function DraftDetailsForm({
  action,
  text,
  versionId,
  initial,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  text: DraftDetailsText;
  versionId?: string;
  initial?: { title: string; reason: string };
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={["title", "reason"]} />
      {versionId ? <input type="hidden" name="versionId" value={versionId} /> : null}
      <FormField
        name="title"
        label={text.titleLabel}
        hint={text.titleHint}
        defaultValue={state.values.title ?? initial?.title}
        error={state.fieldErrors.title}
        required
        requiredLabel={text.required}
        maxLength={120}
        autoComplete="off"
      />
      <TextAreaField
        name="reason"
        label={text.reasonLabel}
        hint={text.reasonHint}
        defaultValue={state.values.reason ?? initial?.reason}
        error={state.fieldErrors.reason}
        required
        requiredLabel={text.required}
        rows={4}
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
