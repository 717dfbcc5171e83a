// The IIN's 12th digit is a check digit (Rules of the National Registers, RK):
// weights 1..11 modulo 11; if that gives 10, a second pass with weights 3..11,1,2;
// if that gives 10 too, no IIN is issued with those first eleven digits.
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0) % 11;
}

/** The check digit for the first eleven digits, or null when no valid IIN can end them. */
export function computeIinCheckDigit(firstElevenDigits: string): number | null {
  const digits = [...firstElevenDigits].map(Number);
  const first = weightedSum(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}
