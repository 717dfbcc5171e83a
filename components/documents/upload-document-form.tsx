"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { uploadDocumentAction } from "@/lib/documents/actions/upload-document";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

const FIELD_ORDER = ["kind", "file"] as const;
const ACCEPTED = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

/** Translated text for the form, given by the server page (no catalogue in the browser). */
export interface UploadDocumentFormText {
  summaryTitle: string;
  required: string;
  kindLabel: string;
  kindPlaceholder: string;
  kinds: { value: string; label: string }[];
  fileLabel: string;
  fileHint: string;
  fileChooseAgain: string;
  submit: string;
}

/** The locker's upload form: a plain multipart post to a server action, so it works without JavaScript. */
export function UploadDocumentForm({ text }: { text: UploadDocumentFormText }) {
  const [state, action] = useActionState(uploadDocumentAction, INITIAL_FORM_STATE);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  const fileHint = state.status === "error" ? `${text.fileHint} ${text.fileChooseAgain}` : text.fileHint;
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      <SelectField
        name="kind"
        label={`${text.kindLabel} (${text.required})`}
        placeholder={text.kindPlaceholder}
        options={text.kinds}
        defaultValue={state.values.kind ?? ""}
        // A new key per answer: React resets a form after its action, the select must show the kept value.
        key={`kind-${state.values.kind ?? ""}-${errors.length}`}
        error={state.fieldErrors.kind}
        required
      />
      <FormField
        name="file"
        type="file"
        accept={ACCEPTED}
        label={text.fileLabel}
        hint={fileHint}
        error={state.fieldErrors.file}
        required
        requiredLabel={text.required}
        className="bg-white"
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
