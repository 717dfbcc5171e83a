"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteDocumentAction } from "@/lib/documents/actions/delete-document";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export interface DeleteDocumentFormText {
  confirm: string;
  cancel: string;
  /** The locker's address in the reader's language. */
  cancelHref: string;
}

/** The confirmation step of a delete: its own page and form, so it works without JavaScript. */
export function DeleteDocumentForm({ documentId, text }: { documentId: string; text: DeleteDocumentFormText }) {
  const [state, action] = useActionState(deleteDocumentAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-5">
      {state.formError ? (
        <Alert tone="error" live>
          {state.formError}
        </Alert>
      ) : null}
      <input type="hidden" name="documentId" value={documentId} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{text.confirm}</SubmitButton>
        <a href={text.cancelHref} className="inline-block min-h-6 text-blue-800 underline hover:text-blue-950">
          {text.cancel}
        </a>
      </div>
    </form>
  );
}
