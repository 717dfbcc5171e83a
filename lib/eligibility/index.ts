// The engine's public surface for the rest of the app.
export { MEASURE_CODES, type MeasureCode } from "./measure-codes";
export { evaluateFamily, evaluateFamilyTrace, evaluateFamilyWithParameters } from "./evaluate";
export { renderMessage, renderTrace } from "./render";
export {
  DEFAULT_PARAMETERS,
  PARAMETER_KEYS,
  isParameterKey,
  type ParameterDefinition,
  type ParameterDefinitions,
  type ParameterKey,
} from "./parameters/definitions";
export { mergeParameterValues, type ExtraParameterValue } from "./parameters/merge";
export { findFirstCoveredDate, resolveParameterSet, ParameterNotInForceError } from "./parameters/resolve";
export {
  eligibilityRequestSchema,
  eligibilityResponseSchema,
  checkRequestDates,
  toFieldErrors,
  type EligibilityRequest,
  type EligibilityResponse,
  type FieldError,
} from "./schema";
export type { Family, FamilyMember, Locale, EligibilityTrace } from "./types";
