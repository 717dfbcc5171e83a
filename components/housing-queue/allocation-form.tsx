"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { Table } from "@/components/ui/table";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { AllocationFormState, PreviewRow } from "@/lib/housing-queue/allocation-form-state";
import { INITIAL_ALLOCATION_STATE } from "@/lib/housing-queue/allocation-form-state";

const FIELD_ORDER = ["title", "flats", "reserveSize", "reason"] as const;

/** Translated text for the form, given by the server page (no catalogue in the browser). */
export interface AllocationFormText {
  summaryTitle: string;
  required: string;
  titleLabel: string;
  titleHint: string;
  flatsLabel: string;
  reserveLabel: string;
  reserveHint: string;
  reasonLabel: string;
  reasonHint: string;
  previewSubmit: string;
  previewHeading: string;
  /** With {flats} and {reserve} placeholders, filled here. */
  previewLead: string;
  flatsCaption: string;
  reserveCaption: string;
  reserveEmpty: string;
  confirmLead: string;
  confirmSubmit: string;
  colRank: string;
  colName: string;
  colDistrict: string;
  colCategory: string;
  colRegistered: string;
}

/**
 * Two steps in one form state: the supervisor describes the quota and previews who would
 * get the flats and the reserve places; the confirm form sends back exactly the previewed
 * request and the preview's fingerprint, so a queue that moved meanwhile is noticed.
 */
export function AllocationForm({ action, text }: {
  action: (state: AllocationFormState, formData: FormData) => Promise<AllocationFormState>;
  text: AllocationFormText;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_ALLOCATION_STATE);
  const errors = [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: state.fieldErrors[field]! })),
  ];
  const { values, preview } = state;
  const rows = (list: PreviewRow[]) => list.map((row) => [row.rank, row.fullName, row.district, row.category, row.registeredAt]);
  const headers = [text.colRank, text.colName, text.colDistrict, text.colCategory, text.colRegistered];
  return (
    <div className="space-y-8">
      <form action={formAction} className="max-w-2xl space-y-5" noValidate>
        <ErrorSummary title={text.summaryTitle} errors={errors} />
        <FormField name="title" label={text.titleLabel} hint={text.titleHint} defaultValue={values.title} error={state.fieldErrors.title} required requiredLabel={text.required} />
        <FormField name="flats" label={text.flatsLabel} inputMode="numeric" defaultValue={values.flats} error={state.fieldErrors.flats} required requiredLabel={text.required} className="max-w-32" />
        <FormField name="reserveSize" label={text.reserveLabel} hint={text.reserveHint} inputMode="numeric" defaultValue={values.reserveSize ?? "0"} error={state.fieldErrors.reserveSize} required requiredLabel={text.required} className="max-w-32" />
        <TextAreaField name="reason" label={text.reasonLabel} hint={text.reasonHint} rows={3} defaultValue={values.reason} error={state.fieldErrors.reason} required requiredLabel={text.required} />
        <Button type="submit" name="intent" value="preview" variant={preview ? "secondary" : "primary"} disabled={pending} aria-disabled={pending}>
          {text.previewSubmit}
        </Button>
      </form>
      {preview ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-2xl font-bold">
            {text.previewHeading}
          </h2>
          <p role="status">{text.previewLead.replace("{flats}", String(preview.flats.length)).replace("{reserve}", String(preview.reserve.length))}</p>
          <Table caption={text.flatsCaption} headers={headers} numericColumns={[0]} rows={rows(preview.flats)} />
          {preview.reserve.length ? <Table caption={text.reserveCaption} headers={headers} numericColumns={[0]} rows={rows(preview.reserve)} /> : <p>{text.reserveEmpty}</p>}
          <form action={formAction} className="space-y-3">
            <Alert tone="info">{text.confirmLead}</Alert>
            {FIELD_ORDER.map((field) => (
              <input key={field} type="hidden" name={field} value={values[field] ?? ""} />
            ))}
            <input type="hidden" name="previewFingerprint" value={preview.fingerprint} />
            <Button type="submit" name="intent" value="confirm" disabled={pending} aria-disabled={pending}>
              {text.confirmSubmit}
            </Button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
