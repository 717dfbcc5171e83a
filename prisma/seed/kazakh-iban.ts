import type { Random } from "./random";

/** A Kazakhstani IBAN (KZ, 2 check digits, 3-digit bank code, 13 account digits) with valid check digits. */
export function randomKazakhIban(random: Random): string {
  const bban = `${random.pick(["722", "601", "998", "965", "826"] as const)}${Array.from({ length: 13 }, () => random.int(0, 9)).join("")}`;
  // ISO 13616: move "KZ00" to the end, letters to numbers (K=20, Z=35), 98 − (n mod 97).
  const numeric = `${bban}203500`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `KZ${String(98 - remainder).padStart(2, "0")}${bban}`;
}
