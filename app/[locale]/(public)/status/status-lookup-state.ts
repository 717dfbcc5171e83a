/** The answer for a found application, written on the server in the reader's language. */
export interface ApplicationStatusView {
  heading: string;
  rows: { term: string; value: string }[];
  nextHeading: string;
  next: string;
  signInHint: string;
}

/** What the status lookup's action gives back to its form: errors, the typed values, and the answer. */
export interface StatusLookupState {
  status: "idle" | "error" | "not_found" | "throttled" | "found";
  fieldErrors: Record<string, string>;
  formError?: string;
  values: { reference?: string; birthDate?: string };
  /** Not found or throttled: the same box either way, with its own words. */
  notice?: { title: string; text: string };
  application?: ApplicationStatusView;
}

export const INITIAL_STATUS_LOOKUP_STATE: StatusLookupState = { status: "idle", fieldErrors: {}, values: {} };
