// MOTHERS_CENTER: one-window counselling open to every family; large families first.
import type { MeasureTrace } from "../types";
import { PROGRAM_SOURCE_TITLE } from "../parameters/definitions";
import * as outcomeHelpers from "./outcome";
import type { SharedReasons } from "./shared-reasons";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { NO_MEMBERS } = outcomeHelpers;

const OPEN_TO_EVERY_FAMILY = {
  rule: "open_to_every_family",
  passed: true,
  message: "open_to_every_family.passed",
  values: {},
  source: PROGRAM_SOURCE_TITLE,
} as const;

export function evaluateMothersCenter(shared: SharedReasons): MeasureTrace {
  const isPriority = shared.largeFamily.passed;
  return {
    code: "MOTHERS_CENTER",
    outcome: "eligible",
    amountTenge: null,
    period: null,
    members: NO_MEMBERS,
    terms: { kind: "priority", isPriority },
    reasons: [
      OPEN_TO_EVERY_FAMILY,
      {
        rule: "large_family_priority",
        passed: isPriority,
        message: isPriority ? "large_family_priority.passed" : "large_family_priority.failed",
        values: shared.largeFamily.values,
        source: PROGRAM_SOURCE_TITLE,
      },
    ],
    hints: [],
  };
}
