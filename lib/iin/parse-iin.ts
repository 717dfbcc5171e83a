import { computeIinCheckDigit } from "./checksum";

export type Sex = "male" | "female";

export interface ParsedIin {
  /** ISO date `YYYY-MM-DD`. */
  birthDate: string;
  sex: Sex;
}

export type IinProblem = "format" | "birthDate" | "centuryDigit" | "checksum";

export type IinParseResult = { ok: true; value: ParsedIin } | { ok: false; problem: IinProblem };

// 7th digit: century of birth and sex (odd = male). 1–2: 1800s, 3–4: 1900s, 5–6: 2000s.
const CENTURY_BY_DIGIT: Record<string, number> = { "1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000 };

/** Reads an IIN's birth date and sex and verifies its check digit. */
export function parseIin(iin: string): IinParseResult {
  if (!/^\d{12}$/.test(iin)) return { ok: false, problem: "format" };
  const centuryDigit = iin[6] ?? "";
  const century = CENTURY_BY_DIGIT[centuryDigit];
  if (century === undefined) return { ok: false, problem: "centuryDigit" };
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (!isRealDate(year, month, day)) return { ok: false, problem: "birthDate" };
  if (computeIinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) return { ok: false, problem: "checksum" };
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  return { ok: true, value: { birthDate, sex: Number(centuryDigit) % 2 === 1 ? "male" : "female" } };
}

export function isValidIin(iin: string): boolean {
  return parseIin(iin).ok;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
