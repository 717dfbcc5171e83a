// The parameter values in force on a date. Resolution happens once per (definitions,
// asOf) and is cached, so evaluating a whole caseload does no lookups per family.
import {
  PARAMETER_KEYS,
  type ParameterDefinition,
  type ParameterDefinitions,
  type ParameterKey,
} from "./definitions";
import type { ParameterInForce } from "../types";

/** Bumped whenever a rule's logic changes; part of `rulesVersion`. */
export const ENGINE_VERSION = "1";

export class ParameterNotInForceError extends Error {
  constructor(readonly key: ParameterKey, readonly asOf: string) {
    super(`No value of ${key} is in force on ${asOf}`);
    this.name = "ParameterNotInForceError";
  }
}

export interface ResolvedParameters {
  readonly asOf: string;
  /**
   * `engine-<ENGINE_VERSION>+params-<hash>`: the hash covers every parameter value in
   * force on asOf with its effective date, so two responses with the same rulesVersion
   * were decided by the same logic and the same numbers.
   */
  readonly rulesVersion: string;
  readonly byKey: Readonly<Record<ParameterKey, ParameterInForce>>;
  /** Derived: round(subsistence minimum × percent ÷ 100), in force from the later of its inputs. */
  readonly povertyLine: ParameterInForce;
}

function describeSource(definition: ParameterDefinition, valueSource: string | undefined): string {
  return valueSource ? `${definition.source.title} — ${valueSource}` : definition.source.title;
}

/** The value of one parameter in force on `asOf` (the last one with effectiveFrom ≤ asOf). */
export function resolveParameter(definition: ParameterDefinition, asOf: string): ParameterInForce {
  let found: ParameterDefinition["values"][number] | undefined;
  for (const candidate of definition.values) {
    if (candidate.effectiveFrom <= asOf) found = candidate;
  }
  if (!found) throw new ParameterNotInForceError(definition.key, asOf);
  return Object.freeze({
    parameter: definition.key,
    value: found.value,
    unit: definition.unit,
    effectiveFrom: found.effectiveFrom,
    source: describeSource(definition, found.source),
  });
}

/** The first date on which every parameter has a value; earlier dates cannot be evaluated. */
export function findFirstCoveredDate(definitions: ParameterDefinitions): string {
  let first = "0000-01-01";
  for (const key of PARAMETER_KEYS) {
    const earliest = definitions[key].values[0]?.effectiveFrom;
    if (earliest === undefined) throw new ParameterNotInForceError(key, first);
    if (earliest > first) first = earliest;
  }
  return first;
}

/** Integer division rounded half up, for non-negative integers. */
export function divideRoundingHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

// FNV-1a, 32 bits: a short, stable fingerprint; not a security measure.
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function resolveUncached(definitions: ParameterDefinitions, asOf: string): ResolvedParameters {
  const entries: [ParameterKey, ParameterInForce][] = [];
  let canonical = "";
  for (const key of PARAMETER_KEYS) {
    const inForce = resolveParameter(definitions[key], asOf);
    entries.push([key, inForce]);
    canonical += `${key}=${inForce.value}@${inForce.effectiveFrom};`;
  }
  // Built in one go, not key by key: V8 turns an object that receives more than a dozen
  // properties through computed keys into a hash table, and every rule reads `byKey` per
  // family. Object.fromEntries yields an object with a fixed shape and fast reads.
  const byKey = Object.fromEntries(entries) as Record<ParameterKey, ParameterInForce>;
  const minimum = byKey.SUBSISTENCE_MINIMUM_TENGE;
  const percent = byKey.POVERTY_LINE_PERCENT_OF_SUBSISTENCE_MINIMUM;
  const povertyLine: ParameterInForce = Object.freeze({
    parameter: "POVERTY_LINE_TENGE",
    // Percent may carry decimals (e.g. 70.5); scale to hundredths to stay in integers.
    value: divideRoundingHalfUp(Math.round(minimum.value * Math.round(percent.value * 100)), 10_000),
    unit: "tenge_per_month",
    effectiveFrom: minimum.effectiveFrom > percent.effectiveFrom ? minimum.effectiveFrom : percent.effectiveFrom,
    source: `${percent.value} % × ${minimum.value} — ${percent.source}`,
  });
  return Object.freeze({
    asOf,
    rulesVersion: `engine-${ENGINE_VERSION}+params-${fingerprint(canonical)}`,
    byKey: Object.freeze(byKey),
    povertyLine,
  });
}

// Bounded so that requests with many distinct dates cannot grow memory without limit.
const CACHE_LIMIT = 256;
const cache = new WeakMap<ParameterDefinitions, Map<string, ResolvedParameters>>();

/** All parameters in force on `asOf`, resolved once and reused for every family. */
export function resolveParameterSet(definitions: ParameterDefinitions, asOf: string): ResolvedParameters {
  let byDate = cache.get(definitions);
  if (!byDate) {
    byDate = new Map();
    cache.set(definitions, byDate);
  }
  const cached = byDate.get(asOf);
  if (cached) return cached;
  const resolved = resolveUncached(definitions, asOf);
  if (byDate.size >= CACHE_LIMIT) byDate.clear();
  byDate.set(asOf, resolved);
  return resolved;
}
