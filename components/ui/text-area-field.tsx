// A labelled multi-line field, the same contract as FormField.
import type { TextareaHTMLAttributes } from "react";
import { controlClassName, FieldFrame } from "./field-frame";

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  requiredLabel?: string;
  /** Renders the label as the page's h1, for pages that ask one question. */
  isPageHeading?: boolean;
}

export function TextAreaField({ name, label, hint, error, requiredLabel, isPageHeading, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} requiredLabel={requiredLabel} required={textarea.required} isPageHeading={isPageHeading}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={6}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={controlClassName(error, `w-full ${className ?? ""}`)}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
