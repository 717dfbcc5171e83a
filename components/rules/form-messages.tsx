"use client";

// The top of every rules form: a success notice, or the error summary linking to fields.
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormState } from "@/lib/forms/form-state";

export function FormMessages({ state, summaryTitle, fieldOrder }: { state: FormState; summaryTitle: string; fieldOrder: readonly string[] }) {
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
