"use client";

import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { screenerAction } from "@/lib/screener/actions/screener";
import { INITIAL_SCREENER_STATE } from "@/lib/screener/screener-state";
import { HOUSEHOLD_SIZE_CHOICES, MAX_MEMBERS, type ScreenerValues } from "@/lib/screener/screener-values";
import { CheckboxField } from "./checkbox-field";
import { HiddenAnswers } from "./hidden-answers";
import { IntentButton } from "./intent-button";
import { MemberFieldset } from "./member-fieldset";
import { ScreenerResult } from "./screener-result";
import type { ScreenerText } from "./screener-text";

function HouseholdSizeStep({ error, text }: { error?: string; text: ScreenerText }) {
  return (
    <div className="max-w-md space-y-5">
      <SelectField
        name="householdSize"
        label={text.householdSizeLabel}
        hint={text.householdSizeHint}
        placeholder={text.choose}
        options={HOUSEHOLD_SIZE_CHOICES.map((size) => ({ value: String(size), label: String(size) }))}
        error={error}
        required
      />
      <IntentButton intent="count">{text.continue}</IntentButton>
    </div>
  );
}

function AnswersStep({ values, errors, headingRef, text }: { values: ScreenerValues; errors: Record<string, string>; headingRef: React.Ref<HTMLHeadingElement>; text: ScreenerText }) {
  const { household } = values;
  return (
    <div className="space-y-8">
      {/* The form's default button: Enter in any field checks the answers, never "Remove". */}
      <button type="submit" name="intent" value="check" hidden tabIndex={-1} aria-hidden="true" />
      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {text.membersHeading}
        </h2>
        {values.members.map((member, index) => (
          <MemberFieldset key={index} index={index} member={member} errors={errors} canRemove={values.members.length > 1} text={text} />
        ))}
        {values.members.length < MAX_MEMBERS ? (
          <IntentButton intent="add" variant="secondary">
            {text.addPerson}
          </IntentButton>
        ) : null}
      </section>

      <section aria-labelledby="income-heading" className="max-w-md space-y-4">
        <h2 id="income-heading" className="text-2xl font-bold">
          {text.incomeHeading}
        </h2>
        <FormField name="otherMonthlyIncome" label={text.otherIncomeLabel} hint={text.otherIncomeHint} inputMode="numeric" autoComplete="off" defaultValue={household.otherMonthlyIncome} error={errors.otherMonthlyIncome} />
      </section>

      <section aria-labelledby="housing-heading" className="max-w-md space-y-4">
        <h2 id="housing-heading" className="text-2xl font-bold">
          {text.housingHeading}
        </h2>
        <fieldset className="min-w-0 space-y-2">
          <legend className="font-semibold">{text.housingLegend}</legend>
          <CheckboxField name="inHousingQueue" label={text.inHousingQueue} defaultChecked={household.inHousingQueue} />
          <CheckboxField name="ownsHome" label={text.ownsHome} defaultChecked={household.ownsHome} />
        </fieldset>
        <FormField name="savings" label={text.savingsLabel} hint={text.savingsHint} inputMode="numeric" autoComplete="off" defaultValue={household.savings} error={errors.savings} />
        <FormField name="apartmentPrice" label={text.apartmentPriceLabel} hint={text.apartmentPriceHint} inputMode="numeric" autoComplete="off" defaultValue={household.apartmentPrice} error={errors.apartmentPrice} />
      </section>

      <section aria-labelledby="situation-heading" className="max-w-xl space-y-4">
        <h2 id="situation-heading" className="text-2xl font-bold">
          {text.situationHeading}
        </h2>
        <CheckboxField name="difficultSituation" label={text.difficultSituation} defaultChecked={household.difficultSituation} />
      </section>

      <IntentButton intent="check">{text.submit}</IntentButton>
    </div>
  );
}

/**
 * The anonymous screener: one form posted to one server action for every step, so it
 * works the same with and without JavaScript (the script only avoids the page reload).
 */
export function ScreenerForm({ text }: { text: ScreenerText }) {
  const [state, action] = useActionState(screenerAction, INITIAL_SCREENER_STATE);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const fieldErrors = Object.fromEntries(state.errors.map((error) => [error.field, error.message]));
  const summary = [...(state.formError ? [{ message: state.formError }] : []), ...state.errors.map((error) => ({ field: error.field, message: error.summary }))];

  // After a step without errors, move focus to its heading (the error summary takes it otherwise).
  useEffect(() => {
    if (state.revision > 0 && state.errors.length === 0) stepHeading.current?.focus();
  }, [state.revision, state.errors.length]);

  return (
    <form key={state.revision} action={action} noValidate className="space-y-6">
      <ErrorSummary title={text.summaryTitle} errors={summary} />
      {state.phase === "count" ? <HouseholdSizeStep error={fieldErrors.householdSize} text={text} /> : null}
      {state.phase === "form" ? <AnswersStep values={state.values} errors={fieldErrors} headingRef={stepHeading} text={text} /> : null}
      {state.phase === "result" && state.result ? (
        <>
          <ScreenerResult result={state.result} locale={text.locale} headingRef={stepHeading} />
          <HiddenAnswers values={state.values} />
          <div className="flex flex-wrap items-center gap-4">
            <IntentButton intent="edit">{text.changeAnswers}</IntentButton>
            {/* A full page load, not a client navigation: it must also forget the form's state. */}
            <a href={`/${text.locale}/screener`} className="inline-block min-h-11 px-2 py-3 font-semibold">
              {text.startAgain}
            </a>
          </div>
        </>
      ) : null}
    </form>
  );
}
