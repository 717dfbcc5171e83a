"use client";

// The last button of a flow. The application id travels in the form; the server checks it
// belongs to the family. A failed submit (an open application appeared) says why, with a link.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_APPLY_FORM_STATE, type ApplyFormState } from "@/lib/applications/drafts/actions/apply-form-state";

export interface SubmitFormProps {
  action: (state: ApplyFormState, formData: FormData) => Promise<ApplyFormState>;
  applicationId: string;
  text: { summaryTitle: string; submit: string };
}

export function SubmitForm({ action, applicationId, text }: SubmitFormProps) {
  const [state, formAction] = useActionState(action, INITIAL_APPLY_FORM_STATE);
  return (
    <form action={formAction} className="space-y-4">
      <ErrorSummary title={text.summaryTitle} errors={state.formError ? [{ message: state.formError }] : []} />
      {state.openApplication ? (
        <p>
          <a href={state.openApplication.href} className="font-semibold text-blue-800 underline">
            {state.openApplication.text}
          </a>
        </p>
      ) : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
