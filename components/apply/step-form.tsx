"use client";

// One page of a flow: the fields of one step, posted to saveStepAction. A plain form, so it
// works without JavaScript; with it, errors come back without a reload and the mortgage
// price shows its estimate as it is typed.
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_APPLY_FORM_STATE, type ApplyFormState } from "@/lib/applications/drafts/actions/apply-form-state";
import { ChoiceGroup, type ChoiceOption } from "./choice-group";
import { MortgagePreview, type MortgagePreviewProps } from "./mortgage-preview";
import { TextAreaField } from "@/components/ui/text-area-field";

export type StepField =
  | { kind: "choices"; type: "radio" | "checkbox"; name: string; legend: string; isPageHeading?: boolean; hint?: string; options: ChoiceOption[]; checked: string[] }
  | { kind: "text"; name: string; label: string; hint?: string; defaultValue?: string; inputMode?: "numeric" | "text"; maxLength?: number; autoComplete?: string; width?: "short" | "full" }
  | { kind: "textarea"; name: string; label: string; isPageHeading?: boolean; hint?: string; defaultValue?: string; maxLength: number }
  | { kind: "confirm"; name: string; label: string; checked: boolean };

export interface StepFormProps {
  action: (state: ApplyFormState, formData: FormData) => Promise<ApplyFormState>;
  fields: StepField[];
  submitLabel: string;
  /** Translated by the server page: the browser gets no message catalogue. */
  text: { summaryTitle: string; required: string };
  mortgagePreview?: Omit<MortgagePreviewProps, "priceText">;
}

export function StepForm({ action, fields, submitLabel, text, mortgagePreview }: StepFormProps) {
  const [state, formAction] = useActionState(action, INITIAL_APPLY_FORM_STATE);
  // Shown once the family types (so only with JavaScript): without it, the next page shows
  // the same figures computed on the server.
  const [priceText, setPriceText] = useState<string | null>(null);
  const isError = state.status === "error";
  const valueOf = (name: string, fallback: string | undefined) => (isError ? (state.values[name] ?? "") : (fallback ?? ""));
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...fields.filter((field) => state.fieldErrors[field.name]).map((field) => ({ field: field.name, message: state.fieldErrors[field.name]! })),
  ];
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      {state.openApplication ? (
        <p>
          <a href={state.openApplication.href} className="font-semibold text-blue-800 underline">
            {state.openApplication.text}
          </a>
        </p>
      ) : null}
      {fields.map((field) => {
        const error = state.fieldErrors[field.name];
        switch (field.kind) {
          case "choices":
            return (
              <ChoiceGroup
                key={`${field.name}-${state.status}`}
                type={field.type}
                name={field.name}
                legend={field.legend}
                isPageHeading={field.isPageHeading}
                hint={field.hint}
                error={error}
                options={field.options}
                checked={isError ? (state.values[field.name] ?? "").split(",").filter(Boolean) : field.checked}
              />
            );
          case "text":
            return (
              <FormField
                key={`${field.name}-${state.status}`}
                name={field.name}
                label={field.label}
                hint={field.hint}
                error={error}
                defaultValue={valueOf(field.name, field.defaultValue)}
                inputMode={field.inputMode}
                maxLength={field.maxLength}
                autoComplete={field.autoComplete ?? "off"}
                required
                requiredLabel={text.required}
                className={field.width === "short" ? "max-w-xs" : undefined}
                onChange={field.name === "apartmentPriceTenge" ? (event) => setPriceText(event.currentTarget.value) : undefined}
              />
            );
          case "textarea":
            return (
              <TextAreaField
                key={`${field.name}-${state.status}`}
                name={field.name}
                label={field.label}
                isPageHeading={field.isPageHeading}
                hint={field.hint}
                error={error}
                maxLength={field.maxLength}
                defaultValue={valueOf(field.name, field.defaultValue)}
              />
            );
          case "confirm":
            return (
              <div key={`${field.name}-${state.status}`} className={`flex items-start gap-3 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
                <input
                  id={`field-${field.name}`}
                  type="checkbox"
                  name={field.name}
                  value="yes"
                  defaultChecked={isError ? state.values[field.name] === "yes" : field.checked}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `field-${field.name}-error` : undefined}
                  className="mt-0.5 h-7 w-7 shrink-0 accent-emerald-800 focus:outline-none focus:ring-4 focus:ring-amber-400"
                />
                <div>
                  <label htmlFor={`field-${field.name}`} className="cursor-pointer font-semibold">
                    {field.label}
                  </label>
                  {error ? (
                    <p id={`field-${field.name}-error`} className="font-semibold text-red-700">
                      {error}
                    </p>
                  ) : null}
                </div>
              </div>
            );
        }
      })}
      {mortgagePreview && priceText !== null ? <MortgagePreview {...mortgagePreview} priceText={priceText} /> : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
