// The frame every form control shares (GOV.UK's form group): label, hint and error, with
// the ids that tie hint and error to the control through aria-describedby, so a screen
// reader announces them together. FormField, SelectField and TextAreaField wrap it.
import type { ReactNode } from "react";

export interface FieldFrameProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown after the label when the control is required (the control also gets `required`). */
  requiredLabel?: string;
  required?: boolean;
  /** Renders the label as the page's h1, for pages that ask one question. */
  isPageHeading?: boolean;
  children: (control: { id: string; describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
}

export function fieldId(name: string): string {
  return `field-${name}`;
}

export function FieldFrame({ name, label, hint, error, requiredLabel, required, isPageHeading = false, children }: FieldFrameProps) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const labelElement = (
    <label htmlFor={id} className={isPageHeading ? "text-3xl font-bold" : "font-semibold text-slate-900"}>
      {label}
      {required && requiredLabel ? <span className="font-normal text-slate-700"> ({requiredLabel})</span> : null}
    </label>
  );
  return (
    <div className={`flex flex-col gap-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      {isPageHeading ? <h1 className="mb-2">{labelElement}</h1> : labelElement}
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
      {children({ id, describedBy, invalid: error ? true : undefined })}
    </div>
  );
}

/** Border and focus ring of a text control, red when it has an error. */
export function controlClassName(error: string | undefined, extra = ""): string {
  return `rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-800"} focus:outline-none focus:ring-4 focus:ring-amber-400 ${extra}`;
}
