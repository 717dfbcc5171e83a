// A labelled input with its hint and error tied to it by aria-describedby (GOV.UK's
// form-group pattern): a screen reader announces label, hint and error together.
import type { InputHTMLAttributes } from "react";

export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown after the label for required fields (screen readers also get `required`). */
  requiredLabel?: string;
}

export function FormField({ name, label, hint, error, requiredLabel, className, ...input }: FormFieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
        {input.required && requiredLabel ? <span className="font-normal text-slate-700"> ({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-11 rounded border-2 px-3 py-2 text-base ${
          error ? "border-red-700" : "border-slate-800"
        } focus:outline-none focus:ring-4 focus:ring-amber-400 ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
