// What the screener's action gives back to its form (useActionState): the step to show,
// the answers so far, translated errors per field, and the engine's result.
import type { ScreenerPhase } from "./handle-screener-form";
import type { ScreenerResultView } from "./present-screener-result";
import { emptyValues, type ScreenerValues } from "./screener-values";

export interface ScreenerState {
  phase: ScreenerPhase;
  values: ScreenerValues;
  /** `message` sits by the field; `summary` (which names the person) goes in the error summary. */
  errors: { field: string; message: string; summary: string }[];
  formError?: string;
  result?: ScreenerResultView;
  /** Bumped by every answer: the form is re-mounted with the returned values as its defaults. */
  revision: number;
}

export const INITIAL_SCREENER_STATE: ScreenerState = { phase: "count", values: emptyValues(0), errors: [], revision: 0 };
