import type { FormState } from "@/lib/forms/form-state";

/** The error summary's entries: the form's own error first, then fields in page order. */
export function summaryErrors(state: FormState, fieldOrder: readonly string[]): { field?: string; message: string }[] {
  return [
    ...(state.formError ? [{ message: state.formError }] : []),
    ...fieldOrder.flatMap((field) => {
      const message = state.fieldErrors[field];
      return message ? [{ field, message }] : [];
    }),
  ];
}

/** What a field shows: what was just typed (after an error), else the stored value. */
export function shownValue(state: FormState, field: string, stored: string | undefined): string | undefined {
  return state.status === "error" ? (state.values[field] ?? "") : stored;
}

/** Whether a checkbox shows ticked: as just sent (after an error), else as stored. */
export function shownChecked(state: FormState, field: string, stored: boolean | undefined): boolean {
  return state.status === "error" ? state.values[field] === "on" : (stored ?? false);
}
