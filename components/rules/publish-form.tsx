"use client";

// The second administrator's approval: their own password, typed now.
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { publishVersionAction } from "@/lib/rules/actions/publish-version";
import { FormFeedback } from "@/components/ui/form-feedback";

export function PublishForm({ versionId, text }: { versionId: string; text: { summaryTitle: string; required: string; passwordLabel: string; submit: string } }) {
  const [state, action] = useActionState(publishVersionAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="max-w-md space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={["password"]} />
      <input type="hidden" name="versionId" value={versionId} />
      <FormField
        name="password"
        type="password"
        label={text.passwordLabel}
        error={state.fieldErrors.password}
        required
        requiredLabel={text.required}
        autoComplete="current-password"
      />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
