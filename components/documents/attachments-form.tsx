"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveApplicationDocumentsAction, type AttachmentsFormState } from "@/lib/documents/actions/save-application-documents";

export interface AttachmentChoice {
  id: string;
  label: string;
  detail: string;
  isAttached: boolean;
}

export interface AttachmentsFormText {
  legend: string;
  hint: string;
  save: string;
}

const INITIAL_STATE: AttachmentsFormState = { status: "idle", revision: 0 };

export function AttachmentsForm({ applicationId, documents, text }: { applicationId: string; documents: AttachmentChoice[]; text: AttachmentsFormText }) {
  const [state, action] = useActionState(saveApplicationDocumentsAction, INITIAL_STATE);
  const attached = new Set(state.attachedIds ?? documents.filter((document) => document.isAttached).map((document) => document.id));
  const hintId = `attachments-hint-${applicationId}`;
  return (
    <form action={action} className="space-y-4">
      {state.message ? (
        <Alert tone={state.status === "error" ? "error" : "success"} live>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      {/* Keyed by revision: React resets a form after an action, the boxes must show what is stored. */}
      <fieldset key={state.revision} aria-describedby={hintId} className="space-y-3">
        <legend className="font-semibold text-slate-900">{text.legend}</legend>
        <p id={hintId} className="text-sm text-slate-700">
          {text.hint}
        </p>
        {documents.map((document) => {
          const id = `attachment-${applicationId}-${document.id}`;
          return (
            <div key={document.id} className="flex items-start gap-3">
              <input
                id={id}
                type="checkbox"
                name="documentId"
                value={document.id}
                defaultChecked={attached.has(document.id)}
                className="mt-1 h-6 w-6 shrink-0 accent-emerald-800 focus:outline-none focus:ring-4 focus:ring-amber-400"
              />
              <label htmlFor={id} className="min-h-6 break-all">
                {document.label} <span className="text-slate-700">({document.detail})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <SubmitButton>{text.save}</SubmitButton>
    </form>
  );
}
