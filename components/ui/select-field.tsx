// A labelled select with hint and error, the same contract as FormField.
import type { SelectHTMLAttributes } from "react";
import { controlClassName, FieldFrame } from "./field-frame";

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: string;
  error?: string;
  /** The empty first option's text ("Choose a district"). */
  placeholder?: string;
  requiredLabel?: string;
}

export function SelectField({ name, label, options, hint, error, placeholder, requiredLabel, ...select }: SelectFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} requiredLabel={requiredLabel} required={select.required}>
      {({ id, describedBy, invalid }) => (
        // Keyed by its default: React ignores a changed defaultValue on a mounted select, so
        // when a form comes back with the choice to keep, the select is mounted afresh.
        <select key={String(select.defaultValue ?? "")} id={id} name={name} aria-invalid={invalid} aria-describedby={describedBy} className={controlClassName(error, "min-h-11 bg-white")} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
