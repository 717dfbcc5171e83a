"use client";

// The administrator's form for one measure. Works without JavaScript (a plain form post to
// the server action); with it, errors come back in place and what was typed is kept.
import { useActionState } from "react";
import { FormFeedback } from "@/components/ui/form-feedback";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { updateMeasureSettingAction } from "@/lib/measures-catalog/actions/update-measure-setting-action";

export interface MeasureSettingValues {
  status: string;
  windowStartsOn: string;
  windowEndsOn: string;
  quota: string;
  noticeKk: string;
  noticeRu: string;
  noticeEn: string;
}

export interface MeasureSettingFormText {
  summaryTitle: string;
  statusLabel: string;
  statusHint: string;
  statuses: { value: string; label: string }[];
  windowLegend: string;
  windowHint: string;
  windowStartsOnLabel: string;
  windowEndsOnLabel: string;
  quotaLabel: string;
  quotaHint: string;
  noticeLegend: string;
  noticeHint: string;
  noticeKkLabel: string;
  noticeRuLabel: string;
  noticeEnLabel: string;
  submit: string;
}

const FIELD_ORDER = ["status", "windowStartsOn", "windowEndsOn", "quota", "noticeKk", "noticeRu", "noticeEn"] as const;

export function MeasureSettingForm({ measure, initial, text }: { measure: string; initial: MeasureSettingValues; text: MeasureSettingFormText }) {
  const [state, action] = useActionState(updateMeasureSettingAction, INITIAL_FORM_STATE);
  const value = (field: keyof MeasureSettingValues) => state.values[field] ?? initial[field];
  // The key remounts the fields after each answer, so defaultValue shows what the server kept.
  const key = JSON.stringify(state.values);
  return (
    <form action={action} className="space-y-6" noValidate key={key}>
      <FormFeedback state={state} summaryTitle={text.summaryTitle} fieldOrder={FIELD_ORDER} />
      <input type="hidden" name="measure" value={measure} />
      <SelectField name="status" label={text.statusLabel} hint={text.statusHint} defaultValue={value("status")} error={state.fieldErrors.status} options={text.statuses} />
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">{text.windowLegend}</legend>
        <p className="text-sm text-slate-700">{text.windowHint}</p>
        <div className="flex flex-wrap gap-4">
          <FormField type="date" name="windowStartsOn" label={text.windowStartsOnLabel} defaultValue={value("windowStartsOn")} error={state.fieldErrors.windowStartsOn} />
          <FormField type="date" name="windowEndsOn" label={text.windowEndsOnLabel} defaultValue={value("windowEndsOn")} error={state.fieldErrors.windowEndsOn} />
        </div>
      </fieldset>
      <FormField name="quota" inputMode="numeric" label={text.quotaLabel} hint={text.quotaHint} defaultValue={value("quota")} error={state.fieldErrors.quota} className="w-40" />
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">{text.noticeLegend}</legend>
        <p className="text-sm text-slate-700">{text.noticeHint}</p>
        <TextAreaField name="noticeKk" lang="kk" rows={3} label={text.noticeKkLabel} defaultValue={value("noticeKk")} error={state.fieldErrors.noticeKk} />
        <TextAreaField name="noticeRu" lang="ru" rows={3} label={text.noticeRuLabel} defaultValue={value("noticeRu")} error={state.fieldErrors.noticeRu} />
        <TextAreaField name="noticeEn" lang="en" rows={3} label={text.noticeEnLabel} defaultValue={value("noticeEn")} error={state.fieldErrors.noticeEn} />
      </fieldset>
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
