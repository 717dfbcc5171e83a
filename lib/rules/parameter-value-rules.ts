// What a value of each unit may be. The engine accepts any finite non-negative number;
// administrators get stricter bounds, so a slip of the keyboard (7000 % or month 13)
// never reaches a draft. The messages are keys of rules.json's "errors".
import type { ParameterUnit } from "@/lib/eligibility/parameters/definitions";

interface UnitRule {
  min: number;
  max: number;
  /** Decimal places allowed; 0 means whole numbers only. */
  decimals: number;
}

export const UNIT_RULES: Readonly<Record<ParameterUnit, UnitRule>> = {
  // Money is integer tenge everywhere in the portal.
  tenge: { min: 0, max: 1_000_000_000_000, decimals: 0 },
  tenge_per_month: { min: 0, max: 1_000_000_000_000, decimals: 0 },
  percent: { min: 0, max: 100, decimals: 2 },
  years: { min: 0, max: 120, decimals: 0 },
  months: { min: 1, max: 600, decimals: 0 },
  children: { min: 1, max: 20, decimals: 0 },
  birth_order: { min: 1, max: 20, decimals: 0 },
  mci: { min: 0.01, max: 100_000, decimals: 2 },
  working_days: { min: 1, max: 365, decimals: 0 },
  month_of_year: { min: 1, max: 12, decimals: 0 },
};

export type ValueErrorKey = "valueRequired" | "valueNotNumber" | `value_${ParameterUnit}`;

export type ParsedValue = { ok: true; value: number } | { ok: false; error: ValueErrorKey };

// Digits with an optional fraction; "." or "," (Russian and Kazakh write a comma).
const NUMBER = /^-?\d+(?:[.,](\d+))?$/;

/**
 * Reads a value typed by an administrator for a parameter of `unit`. Spaces between
 * thousands ("50 851", also non-breaking) are allowed; anything else is refused.
 */
export function parseParameterValue(unit: ParameterUnit, raw: string): ParsedValue {
  const text = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return { ok: false, error: "valueRequired" };
  const match = NUMBER.exec(text);
  if (!match) return { ok: false, error: "valueNotNumber" };
  const rule = UNIT_RULES[unit];
  const decimals = match[1]?.replace(/0+$/, "").length ?? 0;
  const value = Number(text.replace(",", "."));
  if (decimals > rule.decimals || value < rule.min || value > rule.max) return { ok: false, error: `value_${unit}` };
  return { ok: true, value };
}
