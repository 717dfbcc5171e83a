"use client";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-state";

/** The top of a form after it was sent: the success notice, or the error summary linking to each field in order. */
export function FormFeedback({ state, summaryTitle, fieldOrder }: { state: FormState; summaryTitle: string; fieldOrder: readonly string[] }) {
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...fieldOrder.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  return (
    <>
      {state.status === "success" && state.message ? <Alert tone="success" title={state.message} live /> : null}
      <ErrorSummary title={summaryTitle} errors={errors} />
    </>
  );
}
