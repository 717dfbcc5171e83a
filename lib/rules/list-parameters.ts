// The rules editor's overview: every parameter with the value in force on a date (today),
// the next value already published for a later date, and where the figure comes from.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { PARAMETER_KEYS, type ParameterDefinitions, type ParameterKey, type ParameterUnit } from "@/lib/eligibility/parameters/definitions";
import { resolveParameter } from "@/lib/eligibility/parameters/resolve";

export interface ParameterOverview {
  key: ParameterKey;
  unit: ParameterUnit;
  value: number;
  effectiveFrom: string;
  /** The value's own source when it has one, else the parameter's. */
  source: string;
  isPlaceholder: boolean;
  next: { value: number; effectiveFrom: string } | null;
}

export function listParameters(actor: Actor, parameters: ParameterDefinitions, asOf: string): ParameterOverview[] {
  assertCan(actor, "edit", "rules");
  return PARAMETER_KEYS.map((key) => {
    const definition = parameters[key];
    const inForce = resolveParameter(definition, asOf);
    const current = [...definition.values].reverse().find((value) => value.effectiveFrom <= asOf);
    const next = definition.values.find((value) => value.effectiveFrom > asOf);
    return {
      key,
      unit: definition.unit,
      value: inForce.value,
      effectiveFrom: inForce.effectiveFrom,
      source: current?.source ?? definition.source.title,
      isPlaceholder: definition.source.isPlaceholder && current?.source === undefined,
      next: next ? { value: next.value, effectiveFrom: next.effectiveFrom } : null,
    };
  });
}
