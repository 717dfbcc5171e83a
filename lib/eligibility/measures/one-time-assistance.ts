// ONE_TIME_ASSISTANCE: a declared difficult life situation (e.g. loss of the
// breadwinner) goes to a caseworker, who sets an amount up to the cap in MCI.
import type { FamilyContext } from "../facts";
import type { MeasureTrace } from "../types";
import * as outcomeHelpers from "./outcome";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { NO_MEMBERS } = outcomeHelpers;

export function evaluateOneTimeAssistance(context: FamilyContext): MeasureTrace {
  const { ONE_TIME_ASSISTANCE_CAP_MCI: capMci, MCI_TENGE: mci } = context.params.byKey;
  const situation = context.family.difficultLifeSituation?.trim() ?? "";
  const isDeclared = situation.length > 0;
  const maxAmountTenge = capMci.value * mci.value;
  return {
    code: "ONE_TIME_ASSISTANCE",
    outcome: isDeclared ? "review" : "not_eligible",
    amountTenge: null,
    period: isDeclared ? "once" : null,
    members: NO_MEMBERS,
    terms: isDeclared ? { kind: "assistance_cap", maxAmountTenge, maxAmountMci: capMci.value } : null,
    reasons: [
      {
        rule: "difficult_life_situation",
        passed: isDeclared,
        message: isDeclared ? "difficult_life_situation.declared" : "difficult_life_situation.not_declared",
        values: isDeclared ? { assistanceCapMci: capMci, mciTenge: mci, maxAmountTenge } : {},
        source: capMci.source,
      },
    ],
    hints: isDeclared ? [] : [{ message: "hint.difficult_life_situation", values: {} }],
  };
}
