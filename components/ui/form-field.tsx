// A labelled input with its hint and error tied to it (see FieldFrame).
import type { InputHTMLAttributes } from "react";
import { controlClassName, FieldFrame } from "./field-frame";

export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown after the label for required fields (screen readers also get `required`). */
  requiredLabel?: string;
}

export function FormField({ name, label, hint, error, requiredLabel, className, ...input }: FormFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} requiredLabel={requiredLabel} required={input.required}>
      {({ id, describedBy, invalid }) => (
        <input id={id} name={name} aria-invalid={invalid} aria-describedby={describedBy} className={controlClassName(error, `min-h-11 ${className ?? ""}`)} {...input} />
      )}
    </FieldFrame>
  );
}
