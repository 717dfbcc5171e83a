"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";

/** "Send the code": one button; the answer (sent, or why not) is announced. */
export interface SendCodeFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  text: { send: string; resend: string };
}

export function SendCodeForm({ action, text }: SendCodeFormProps) {
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-3">
      {state.status === "success" && state.message ? (
        <Alert tone="success" live>
          {state.message}
        </Alert>
      ) : null}
      {state.status === "error" && state.formError ? (
        <Alert tone="error" live>
          {state.formError}
        </Alert>
      ) : null}
      <Button type="submit" variant={state.status === "success" ? "secondary" : "primary"} disabled={isPending}>
        {state.status === "success" ? text.resend : text.send}
      </Button>
    </form>
  );
}
