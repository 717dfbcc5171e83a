"use client";

// One review action as a plain form (works without JavaScript): the hidden application id
// and version, the fields this action asks for, an error summary, and the values typed
// kept when the form comes back with errors. The version comes from the page on every
// render, so after "the application changed" a retry acts on the state now shown.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { REVIEW_TEXT_MAX_LENGTH } from "@/lib/review/review-limits";

export type ReviewFieldSpec =
  | { kind: "textarea"; name: string; label: string; hint?: string }
  | { kind: "amount"; name: string; label: string; hint?: string; required: boolean }
  | { kind: "date"; name: string; label: string; hint?: string; min: string; max: string }
  | { kind: "select"; name: string; label: string; hint?: string; placeholder: string; options: { value: string; label: string }[] };

export interface ReviewFormText {
  summaryTitle: string;
  required: string;
  submit: string;
}

export function ReviewActionForm({ action: serverAction, applicationId, version, fields, text, id }: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  applicationId: string;
  version: number;
  fields: ReviewFieldSpec[];
  text: ReviewFormText;
  /** Distinguishes this form's error summary from the others on the page. */
  id: string;
}) {
  const [state, action] = useActionState(serverAction, INITIAL_FORM_STATE);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...fields.filter((field) => state.fieldErrors[field.name]).map((field) => ({ field: field.name, message: state.fieldErrors[field.name]! })),
  ];
  return (
    <form action={action} className="space-y-4" noValidate aria-describedby={errors.length ? `${id}-errors` : undefined}>
      <div id={`${id}-errors`}>
        <ErrorSummary title={text.summaryTitle} errors={errors} />
      </div>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      {fields.map((field) => {
        const common = { name: field.name, label: field.label, hint: field.hint, error: state.fieldErrors[field.name], requiredLabel: text.required, defaultValue: state.values[field.name] };
        switch (field.kind) {
          case "textarea":
            return <TextAreaField key={field.name} {...common} maxLength={REVIEW_TEXT_MAX_LENGTH} rows={4} required />;
          case "amount":
            return <FormField key={field.name} {...common} inputMode="numeric" autoComplete="off" required={field.required} className="max-w-xs" />;
          case "date":
            return <FormField key={field.name} {...common} type="date" min={field.min} max={field.max} required className="max-w-xs" />;
          case "select":
            return <SelectField key={field.name} {...common} options={field.options} placeholder={field.placeholder} required />;
        }
      })}
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
