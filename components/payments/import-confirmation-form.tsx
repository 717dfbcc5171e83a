"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { importConfirmationAction } from "@/lib/payments/actions/import-confirmation-action";
import { INITIAL_IMPORT_STATE } from "@/lib/payments/confirmation/import-confirmation-state";

export interface ImportConfirmationFormText {
  summaryTitle: string;
  required: string;
  fileLabel: string;
  fileHint: string;
  submit: string;
}

/**
 * The bank's confirmation file: a multipart post to a server action (works without
 * JavaScript). A refused file lists every problem, each with its line, in the summary.
 */
export function ImportConfirmationForm({ runId, text }: { runId: string; text: ImportConfirmationFormText }) {
  const [state, action] = useActionState(importConfirmationAction, INITIAL_IMPORT_STATE);
  const errors = [
    ...(state.fieldErrors.file ? [{ field: "file", message: state.fieldErrors.file }] : []),
    ...state.problems.map((message) => ({ message })),
  ];
  return (
    <form action={action} className="max-w-2xl space-y-5" encType="multipart/form-data" noValidate>
      {state.status === "success" && state.message ? <Alert tone="success" title={state.message} live /> : null}
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      <input type="hidden" name="runId" value={runId} />
      <FormField
        name="file"
        type="file"
        accept=".csv,text/csv"
        label={text.fileLabel}
        hint={text.fileHint}
        error={state.fieldErrors.file}
        required
        requiredLabel={text.required}
        className="bg-white"
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
