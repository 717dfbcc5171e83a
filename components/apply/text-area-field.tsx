import type { TextareaHTMLAttributes } from "react";

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> {
  name: string;
  label: string;
  /** Renders the label as the page's h1, for pages that ask one question. */
  isPageHeading?: boolean;
  hint?: string;
  error?: string;
}

/** A labelled multi-line field, the same contract as FormField. */
export function TextAreaField({ name, label, isPageHeading = false, hint, error, ...textarea }: TextAreaFieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const labelElement = (
    <label htmlFor={id} className={isPageHeading ? "text-3xl font-bold" : "font-semibold"}>
      {label}
    </label>
  );
  return (
    <div className={`flex flex-col gap-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      {isPageHeading ? <h1 className="mb-2">{labelElement}</h1> : labelElement}
      {hint ? (
        <p id={hintId} className="text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-semibold text-red-700">
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={8}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-800"} focus:outline-none focus:ring-4 focus:ring-amber-400`}
        {...textarea}
      />
    </div>
  );
}
