// The engine's entry points. Everything here is a pure function of its arguments.
import * as facts from "./facts";
import type { FamilyContext } from "./facts";
import * as measureCodes from "./measure-codes";
import type { MeasureCode } from "./measure-codes";
import * as downPaymentSubsidy from "./measures/down-payment-subsidy";
import * as employment from "./measures/employment";
import * as freeKindergarten from "./measures/free-kindergarten";
import * as homeSchoolingReimbursement from "./measures/home-schooling-reimbursement";
import * as housingCertificate from "./measures/housing-certificate";
import * as mothersCenter from "./measures/mothers-center";
import * as oneTimeAssistance from "./measures/one-time-assistance";
import * as preferentialMortgage from "./measures/preferential-mortgage";
import * as scholarship from "./measures/scholarship";
import * as sharedReasons from "./measures/shared-reasons";
import type { SharedReasons } from "./measures/shared-reasons";
import * as utilitiesCompensation from "./measures/utilities-compensation";
import type { ParameterDefinitions } from "./parameters/definitions";
import { resolveParameterSet, type ResolvedParameters } from "./parameters/resolve";
import { renderTrace } from "./render";
import type { EligibilityResponse } from "./schema";
import type { EligibilityTrace, Family, Locale, MeasureTrace } from "./types";

// Imports on the hot path. `tsx` (the benchmark, the CLI) and other CommonJS transpilers
// turn `import { f } from "./m"` into a read of `m.f` at every call, and that read runs two
// export getters, one of them shared by every export of every module and so megamorphic.
// Per family that was a dozen such reads, about a fifth of the time on the four core
// rules. Modules evaluated per family therefore import the namespace and bind the
// functions and constants they call once, at load. Bundlers that hoist scopes (Next.js in
// production) make this a no-op; it changes nothing about what the functions do.
const { buildFamilyContext } = facts;
const { MEASURE_CODES } = measureCodes;
const { evaluateDownPaymentSubsidy } = downPaymentSubsidy;
const { evaluateRetrainingCourses, evaluateSocialJobs } = employment;
const { evaluateFreeKindergarten } = freeKindergarten;
const { evaluateHomeSchoolingReimbursement } = homeSchoolingReimbursement;
const { evaluateHousingCertificate } = housingCertificate;
const { evaluateMothersCenter } = mothersCenter;
const { evaluateOneTimeAssistance } = oneTimeAssistance;
const { evaluatePreferentialMortgage } = preferentialMortgage;
const { evaluateScholarship } = scholarship;
const { SharedReasons: SharedReasonsClass } = sharedReasons;
const { evaluateUtilitiesCompensation } = utilitiesCompensation;

// The certificate depends on the mortgage decision; a run evaluates it at most once.
// (A plain object and module-level functions, not closures: this runs per family.)
interface EvaluationRun {
  readonly context: FamilyContext;
  readonly shared: SharedReasons;
  mortgage: MeasureTrace | undefined;
}

function mortgageOf(run: EvaluationRun): MeasureTrace {
  return (run.mortgage ??= evaluatePreferentialMortgage(run.context, run.shared));
}

function evaluateMeasure(code: MeasureCode, run: EvaluationRun): MeasureTrace {
  const { context, shared } = run;
  switch (code) {
    case "PREFERENTIAL_MORTGAGE":
      return mortgageOf(run);
    case "HOUSING_CERTIFICATE":
      return evaluateHousingCertificate(context, mortgageOf(run));
    case "DOWN_PAYMENT_SUBSIDY":
      return evaluateDownPaymentSubsidy(context, shared);
    case "FREE_KINDERGARTEN":
      return evaluateFreeKindergarten(context, shared);
    case "SCHOLARSHIP":
      return evaluateScholarship(context, shared);
    case "UTILITIES_COMPENSATION":
      return evaluateUtilitiesCompensation(context, shared);
    case "HOME_SCHOOLING_REIMBURSEMENT":
      return evaluateHomeSchoolingReimbursement(context);
    case "ONE_TIME_ASSISTANCE":
      return evaluateOneTimeAssistance(context);
    case "RETRAINING_COURSES":
      return evaluateRetrainingCourses(context, shared);
    case "SOCIAL_JOBS":
      return evaluateSocialJobs(context, shared);
    case "MOTHERS_CENTER":
      return evaluateMothersCenter(shared);
  }
}

/**
 * The measures for one family with parameters already resolved for the date: the form
 * a caseload simulation uses, resolving once and evaluating many families. `measures`
 * narrows the work to some measures (e.g. an impact simulation of one rule change);
 * by default every measure, in the order of MEASURE_CODES.
 */
export function evaluateFamilyWithParameters(
  family: Family,
  params: ResolvedParameters,
  measures: readonly MeasureCode[] = MEASURE_CODES,
): EligibilityTrace {
  const context = buildFamilyContext(family, params.asOf, params);
  const run: EvaluationRun = { context, shared: new SharedReasonsClass(context), mortgage: undefined };
  const traces: MeasureTrace[] = [];
  for (const code of measures) traces.push(evaluateMeasure(code, run));
  return { asOf: params.asOf, rulesVersion: params.rulesVersion, facts: context.facts, measures: traces };
}

/** The trace for one family on `asOf`: decisions, amounts and reasons as keys and values. */
export function evaluateFamilyTrace(family: Family, parameters: ParameterDefinitions, asOf: string): EligibilityTrace {
  return evaluateFamilyWithParameters(family, resolveParameterSet(parameters, asOf));
}

/** The API response for one family on `asOf`, with messages in `locale` (Kazakh, the state language, by default). */
export function evaluateFamily(
  family: Family,
  parameters: ParameterDefinitions,
  asOf: string,
  locale: Locale = "kk",
): EligibilityResponse {
  return renderTrace(evaluateFamilyTrace(family, parameters, asOf), locale);
}
