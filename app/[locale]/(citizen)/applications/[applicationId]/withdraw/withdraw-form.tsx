"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { withdrawApplicationAction } from "@/lib/applications/family-actions/actions/withdraw-application";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

/** Translated text and the localized way back, given by the server page (no catalogue in the browser). */
export interface WithdrawFormText {
  summaryTitle: string;
  warning: string;
  confirm: string;
  cancel: string;
  cancelHref: string;
}

export function WithdrawForm({ applicationId, version, text }: { applicationId: string; version: number; text: WithdrawFormText }) {
  const [state, action] = useActionState(withdrawApplicationAction, INITIAL_FORM_STATE);
  const errors = state.formError ? [{ message: state.formError }] : [];
  return (
    <form key={version} action={action} className="space-y-5" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      <p className="border-l-4 border-amber-600 bg-amber-50 p-4">{text.warning}</p>
      <input type="hidden" name="applicationId" defaultValue={applicationId} />
      <input type="hidden" name="version" defaultValue={version} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{text.confirm}</SubmitButton>
        <Link href={text.cancelHref} className="font-semibold text-blue-800 underline">
          {text.cancel}
        </Link>
      </div>
    </form>
  );
}
