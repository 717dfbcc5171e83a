// The six-digit code and its stored form. Only a salted scrypt hash is kept, so a copy of
// the table does not hand out live codes; comparison is constant-time.
import { randomInt, randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

export function generateConsentCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function hashConsentCode(code: string): string {
  const salt = randomBytes(16);
  return `${salt.toString("hex")}:${scryptSync(code, salt, 32).toString("hex")}`;
}

export function isConsentCodeMatch(code: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(":");
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, "hex");
  const actual = scryptSync(code, Buffer.from(saltHex, "hex"), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
