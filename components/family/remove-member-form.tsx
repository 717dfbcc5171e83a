"use client";

// The confirmation step of removing a member: a real form with one button, so it works
// without JavaScript; a refusal (member named in an application) is shown above it.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";

export function RemoveMemberForm({
  action,
  confirmLabel,
  cancel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  confirmLabel: string;
  /** The way back, rendered by the server page. */
  cancel: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-5">
      {state.formError ? (
        <Alert tone="error" live>
          {state.formError}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{confirmLabel}</SubmitButton>
        {cancel}
      </div>
    </form>
  );
}
