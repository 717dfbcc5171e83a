import { computeIinCheckDigit } from "./checksum";
import type { Sex } from "./parse-iin";

/**
 * Builds a checksum-valid IIN for a birth date, sex and serial (0–9999). Used by the
 * seed and by test factories; when a serial cannot be completed, the next one is tried.
 */
export function buildIin(birthDate: string, sex: Sex, serial: number): string {
  const [yearText, month, day] = birthDate.split("-");
  const year = Number(yearText);
  const centuryBase = year >= 2000 ? 5 : year >= 1900 ? 3 : 1;
  const centuryDigit = centuryBase + (sex === "female" ? 1 : 0);
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const serialText = String((serial + attempt) % 10_000).padStart(4, "0");
    const firstEleven = `${String(year % 100).padStart(2, "0")}${month}${day}${centuryDigit}${serialText}`;
    const check = computeIinCheckDigit(firstEleven);
    if (check !== null) return `${firstEleven}${check}`;
  }
  throw new Error("no valid IIN exists for this birth date and sex");
}
