"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { lookupStatusAction } from "./lookup-status-action";
import { INITIAL_STATUS_LOOKUP_STATE, type ApplicationStatusView } from "./status-lookup-state";

const FIELD_ORDER = ["reference", "birthDate"] as const;

/** The form's text, translated by the server page (no message catalogue in the browser). */
export interface StatusLookupText {
  summaryTitle: string;
  required: string;
  referenceLabel: string;
  referenceHint: string;
  birthDateLabel: string;
  birthDateHint: string;
  submit: string;
}

function ApplicationStatusCard({ application, headingRef }: { application: ApplicationStatusView; headingRef: React.Ref<HTMLHeadingElement> }) {
  return (
    <section aria-labelledby="status-result-heading" className="space-y-4 border-l-4 border-emerald-800 bg-emerald-50 p-4">
      <h2 id="status-result-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {application.heading}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {application.rows.map((row) => (
          <div key={row.term} className="contents">
            <dt className="font-semibold">{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-lg font-bold">{application.nextHeading}</h3>
        <p>{application.next}</p>
        <p className="mt-2">{application.signInHint}</p>
      </div>
    </section>
  );
}

export function StatusLookupForm({ text }: { text: StatusLookupText }) {
  const [state, action] = useActionState(lookupStatusAction, INITIAL_STATUS_LOOKUP_STATE);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  useEffect(() => {
    if (state.status === "found") resultHeading.current?.focus();
  }, [state]);
  return (
    <div className="space-y-6">
      {state.application ? <ApplicationStatusCard application={state.application} headingRef={resultHeading} /> : null}
      {state.notice ? (
        <Alert tone="error" live title={state.notice.title}>
          {state.notice.text}
        </Alert>
      ) : null}
      <form action={action} className="max-w-md space-y-5" noValidate>
        <ErrorSummary title={text.summaryTitle} errors={errors} />
        <FormField
          name="reference"
          label={text.referenceLabel}
          hint={text.referenceHint}
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values.reference}
          error={state.fieldErrors.reference}
          required
          requiredLabel={text.required}
        />
        <FormField
          name="birthDate"
          type="date"
          label={text.birthDateLabel}
          hint={text.birthDateHint}
          autoComplete="off"
          defaultValue={state.values.birthDate}
          error={state.fieldErrors.birthDate}
          required
          requiredLabel={text.required}
        />
        <SubmitButton>{text.submit}</SubmitButton>
      </form>
    </div>
  );
}
