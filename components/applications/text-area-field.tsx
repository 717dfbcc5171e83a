// A labelled multi-line field with the same contract as FormField (components/ui): hint
// and error tied to it by aria-describedby, the error announced with the label.
import type { TextareaHTMLAttributes } from "react";

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  requiredLabel?: string;
}

export function TextAreaField({ name, label, hint, error, requiredLabel, className, ...textarea }: TextAreaFieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
        {textarea.required && requiredLabel ? <span className="font-normal text-slate-700"> ({requiredLabel})</span> : null}
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
      <textarea
        id={id}
        name={name}
        rows={6}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-800"} focus:outline-none focus:ring-4 focus:ring-amber-400 ${className ?? ""}`}
        {...textarea}
      />
    </div>
  );
}
