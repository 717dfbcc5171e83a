"use client";

// A family's written message on an application (an appeal's reason, an answer to a
// request for information): one text field, kept when the form comes back with errors.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { MESSAGE_MAX_LENGTH } from "@/lib/applications/family-actions/message-limits";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { TextAreaField } from "@/components/ui/text-area-field";

/** Translated text, given by the server page (no catalogue in the browser). */
export interface MessageFormText {
  summaryTitle: string;
  required: string;
  label: string;
  hint: string;
  submit: string;
}

export function MessageForm({ action: serverAction, field, applicationId, version, text }: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  field: "reason" | "message";
  applicationId: string;
  version: number;
  text: MessageFormText;
}) {
  const [state, action] = useActionState(serverAction, INITIAL_FORM_STATE);
  const fieldError = state.fieldErrors[field];
  const errors = [...(state.formError ? [{ message: state.formError }] : []), ...(fieldError ? [{ field, message: fieldError }] : [])];
  return (
    <form key={version} action={action} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      <input type="hidden" name="applicationId" defaultValue={applicationId} />
      <input type="hidden" name="version" defaultValue={version} />
      <TextAreaField
        name={field}
        label={text.label}
        hint={text.hint}
        maxLength={MESSAGE_MAX_LENGTH}
        defaultValue={state.values[field]}
        error={fieldError}
        required
        requiredLabel={text.required}
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
