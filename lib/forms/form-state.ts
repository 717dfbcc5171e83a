// What a server action gives back to its form (useActionState): translated errors per
// field, and the values typed so far so nothing is lost (passwords are never echoed).
export interface FormState {
  status: "idle" | "error" | "success";
  fieldErrors: Record<string, string>;
  formError?: string;
  message?: string;
  values: Record<string, string>;
}

export const INITIAL_FORM_STATE: FormState = { status: "idle", fieldErrors: {}, values: {} };

export function keepValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}
