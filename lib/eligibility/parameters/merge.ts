// Overlay of values published in the database on the defaults shipped with the code.
// Pure: the app's loader reads the rows and hands them here.
import { isIsoDate } from "../dates";
import {
  isParameterKey,
  type DatedValue,
  type ParameterDefinition,
  type ParameterDefinitions,
  type ParameterKey,
} from "./definitions";

export interface ExtraParameterValue {
  key: string;
  effectiveFrom: string;
  value: number;
  source?: string | undefined;
}

export class InvalidParameterValueError extends Error {
  constructor(readonly entry: ExtraParameterValue, reason: string) {
    super(`Parameter value ${entry.key}@${entry.effectiveFrom} is invalid: ${reason}`);
    this.name = "InvalidParameterValueError";
  }
}

/**
 * Returns new definitions with `extraValues` added to the dated values of their
 * parameters. Nothing is replaced: a published value for a date that already has one
 * is placed after it, and the resolver takes the last value in force, so the most
 * recently published one wins while the earlier one stays in the history.
 * Keys this version of the code does not know are skipped (a parameter retired from the
 * rules must not take the portal down); check them with `isParameterKey` to report them.
 */
export function mergeParameterValues(
  definitions: ParameterDefinitions,
  extraValues: readonly ExtraParameterValue[],
): ParameterDefinitions {
  const added = new Map<ParameterKey, DatedValue[]>();
  for (const entry of extraValues) {
    if (!isParameterKey(entry.key)) continue;
    if (!isIsoDate(entry.effectiveFrom)) throw new InvalidParameterValueError(entry, "effectiveFrom is not a YYYY-MM-DD date");
    if (!Number.isFinite(entry.value) || entry.value < 0) throw new InvalidParameterValueError(entry, "value must be a finite, non-negative number");
    const list = added.get(entry.key) ?? [];
    list.push({ effectiveFrom: entry.effectiveFrom, value: entry.value, source: entry.source });
    added.set(entry.key, list);
  }
  if (added.size === 0) return definitions;

  const merged = { ...definitions } as Record<ParameterKey, ParameterDefinition>;
  for (const [key, extra] of added) {
    const definition = definitions[key];
    // A stable sort keeps shipped values before published ones of the same date.
    const values = [...definition.values, ...extra].sort((a, b) =>
      a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
    );
    merged[key] = { ...definition, values };
  }
  return merged;
}
