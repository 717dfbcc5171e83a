"use client";

import { useActionState } from "react";
import { FormFeedback } from "@/components/ui/form-feedback";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";

/** Translated text for the form, given by the server page (no catalogue in the browser). */
export interface EntryChangeFormText {
  summaryTitle: string;
  required: string;
  reasonLabel: string;
  reasonHint: string;
  submit: string;
  categoryLabel?: string;
  categoryChoose?: string;
}

/**
 * One change to a queue entry (category, removal, restoring): the reason the family will
 * read, and the entry's version so a change made by someone else meanwhile is refused.
 */
export function EntryChangeForm({ action, entryId, version, text, categoryOptions, hidden = {} }: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  entryId: string;
  version: string;
  text: EntryChangeFormText;
  /** Given for the category change: the categories to choose from. */
  categoryOptions?: { value: string; label: string }[];
  /** Further fields the action needs to know which record (e.g. the allocation). */
  hidden?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const fields = categoryOptions ? (["category", "reason"] as const) : (["reason"] as const);
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={fields} />
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="version" value={version} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {categoryOptions ? (
        <SelectField
          name="category"
          label={text.categoryLabel ?? ""}
          options={categoryOptions}
          placeholder={text.categoryChoose ?? ""}
          defaultValue={state.values.category ?? ""}
          error={state.fieldErrors.category}
          required
          requiredLabel={text.required}
        />
      ) : null}
      <TextAreaField name="reason" label={text.reasonLabel} hint={text.reasonHint} rows={4} defaultValue={state.values.reason} error={state.fieldErrors.reason} required requiredLabel={text.required} />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
