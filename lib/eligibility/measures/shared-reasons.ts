// Reasons and hints that several measures rely on. Each is built on first use, once per family,
// and the same object is placed in every measure's trace that needs it (traces are never
// mutated after building). Building lazily keeps a one-measure simulation cheap.
import type { FamilyContext } from "../facts";
import * as definitions from "../parameters/definitions";
import type { HintTrace, ReasonTrace, TraceValues } from "../types";

// Bound once at load: see "Imports on the hot path" in evaluate.ts.
const { PROGRAM_SOURCE_TITLE } = definitions;

const HOUSING_QUEUE_HINT: HintTrace = { message: "hint.in_housing_queue", values: {} };

export class SharedReasons {
  #lowIncome: ReasonTrace | undefined;
  #largeFamily: ReasonTrace | undefined;
  #largeOrIncomplete: ReasonTrace | undefined;
  #inHousingQueue: ReasonTrace | undefined;
  #ownsNoHome: ReasonTrace | undefined;
  #childCountValues: TraceValues | undefined;
  #lowIncomeHint: HintTrace | undefined;
  #largeFamilyHint: HintTrace | undefined;

  constructor(private readonly context: FamilyContext) {}

  get lowIncome(): ReasonTrace {
    if (this.#lowIncome) return this.#lowIncome;
    const { facts, params, totalIncomeTenge } = this.context;
    return (this.#lowIncome = {
      rule: "low_income",
      passed: facts.isLowIncome,
      message: facts.isLowIncome ? "low_income.passed" : "low_income.failed",
      values: {
        totalIncomeTenge,
        members: facts.members,
        perCapitaIncomeTenge: facts.perCapitaIncomeTenge,
        povertyLineTenge: params.povertyLine,
        subsistenceMinimumTenge: params.byKey.SUBSISTENCE_MINIMUM_TENGE,
        povertyLinePercent: params.byKey.POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM,
      },
      source: params.povertyLine.source,
    });
  }

  private get childCountValues(): TraceValues {
    if (this.#childCountValues) return this.#childCountValues;
    const { facts, params } = this.context;
    return (this.#childCountValues = {
      countedChildren: facts.countedChildren,
      minorChildren: facts.minorChildren,
      largeFamilyMinChildren: params.byKey.LARGE_FAMILY_MIN_CHILDREN,
      minorAgeYears: params.byKey.MINOR_AGE_YEARS,
      studentUnderAgeYears: params.byKey.STUDENT_COUNTED_UNDER_AGE_YEARS,
    });
  }

  get largeFamily(): ReasonTrace {
    if (this.#largeFamily) return this.#largeFamily;
    const isLarge = this.context.facts.isLargeFamily;
    return (this.#largeFamily = {
      rule: "large_family",
      passed: isLarge,
      message: isLarge ? "large_family.passed" : "large_family.failed",
      values: this.childCountValues,
      source: this.context.params.byKey.LARGE_FAMILY_MIN_CHILDREN.source,
    });
  }

  get largeOrIncomplete(): ReasonTrace {
    if (this.#largeOrIncomplete) return this.#largeOrIncomplete;
    const { facts } = this.context;
    return (this.#largeOrIncomplete = {
      rule: "large_or_incomplete_family",
      passed: facts.isLargeFamily || facts.isIncompleteFamily,
      message: facts.isLargeFamily
        ? "large_or_incomplete_family.large"
        : facts.isIncompleteFamily
          ? "large_or_incomplete_family.incomplete"
          : "large_or_incomplete_family.failed",
      values: this.childCountValues,
      source: PROGRAM_SOURCE_TITLE,
    });
  }

  get inHousingQueue(): ReasonTrace {
    if (this.#inHousingQueue) return this.#inHousingQueue;
    const isInQueue = this.context.family.housing?.inHousingQueue === true;
    return (this.#inHousingQueue = {
      rule: "in_housing_queue",
      passed: isInQueue,
      message: isInQueue ? "in_housing_queue.passed" : "in_housing_queue.failed",
      values: { inHousingQueue: isInQueue },
      source: PROGRAM_SOURCE_TITLE,
    });
  }

  get ownsNoHome(): ReasonTrace {
    if (this.#ownsNoHome) return this.#ownsNoHome;
    const housing = this.context.family.housing;
    // Without housing data the family has not told us it owns no home, so the rule fails.
    const hasNoHome = housing !== undefined && !housing.ownsHome;
    return (this.#ownsNoHome = {
      rule: "owns_no_home",
      passed: hasNoHome,
      message: hasNoHome ? "owns_no_home.passed" : housing === undefined ? "owns_no_home.unknown" : "owns_no_home.failed",
      values: { ownsHome: housing === undefined ? null : housing.ownsHome },
      source: PROGRAM_SOURCE_TITLE,
    });
  }

  /** What would make the family low-income: the most its total income may be. */
  get lowIncomeHint(): HintTrace {
    if (this.#lowIncomeHint) return this.#lowIncomeHint;
    const { facts, params, totalIncomeTenge } = this.context;
    return (this.#lowIncomeHint = {
      message: "hint.low_income",
      values: {
        povertyLineTenge: params.povertyLine,
        members: facts.members,
        maxTotalIncomeTenge: params.povertyLine.value * facts.members,
        totalIncomeTenge,
      },
    });
  }

  get largeFamilyHint(): HintTrace {
    return (this.#largeFamilyHint ??= { message: "hint.large_family", values: this.childCountValues });
  }

  get housingQueueHint(): HintTrace {
    return HOUSING_QUEUE_HINT;
  }
}
