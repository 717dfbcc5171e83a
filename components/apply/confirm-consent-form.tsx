"use client";

// The code from the SMS, the applicant's own agreement and, for each other adult, the
// applicant's confirmation that the person agreed in person.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";
import { ChoiceGroup } from "./choice-group";

export interface ConfirmConsentFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  applicantMustAgree: boolean;
  /** Each other adult, with the sentence the applicant confirms for them. */
  others: { memberId: string; label: string }[];
  /** Translated by the server page: the browser gets no message catalogue. */
  text: {
    summaryTitle: string;
    required: string;
    applicantAgrees: string;
    othersLegend: string;
    othersHint: string;
    codeLabel: string;
    codeHint: string;
    confirmButton: string;
  };
}

const FIELD_ORDER = ["applicantAgrees", "confirmMemberIds", "code"] as const;

export function ConfirmConsentForm({ action, applicantMustAgree, others, text }: ConfirmConsentFormProps) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const isError = state.status === "error";
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  const applicantError = state.fieldErrors.applicantAgrees;
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <ErrorSummary title={text.summaryTitle} errors={errors} />
      {applicantMustAgree ? (
        <div key={`agree-${state.status}`} className={`flex items-start gap-3 ${applicantError ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <input
            id="field-applicantAgrees"
            type="checkbox"
            name="applicantAgrees"
            value="yes"
            defaultChecked={isError && state.values.applicantAgrees === "yes"}
            aria-invalid={applicantError ? true : undefined}
            aria-describedby={applicantError ? "field-applicantAgrees-error" : undefined}
            className="mt-0.5 h-7 w-7 shrink-0 accent-emerald-800 focus:outline-none focus:ring-4 focus:ring-amber-400"
          />
          <div>
            <label htmlFor="field-applicantAgrees" className="cursor-pointer font-semibold">
              {text.applicantAgrees}
            </label>
            {applicantError ? (
              <p id="field-applicantAgrees-error" className="font-semibold text-red-700">
                {applicantError}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      {others.length ? (
        <ChoiceGroup
          key={`others-${state.status}`}
          type="checkbox"
          name="confirmMemberIds"
          legend={text.othersLegend}
          hint={text.othersHint}
          error={state.fieldErrors.confirmMemberIds}
          options={others.map((other) => ({ value: other.memberId, label: other.label }))}
          checked={isError ? (state.values.confirmMemberIds ?? "").split(",").filter(Boolean) : []}
        />
      ) : null}
      <FormField
        name="code"
        label={text.codeLabel}
        hint={text.codeHint}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={state.fieldErrors.code}
        required
        requiredLabel={text.required}
        className="max-w-40"
      />
      <SubmitButton>{text.confirmButton}</SubmitButton>
    </form>
  );
}
