import { createHmac } from "node:crypto";

/**
 * A keyed hash of personal data (an IIN) for use as a lookup key, e.g. in rate-limit
 * buckets: stable per value, useless to whoever reads the table without the secret.
 */
export function hashPersonalKey(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("hex").slice(0, 32);
}
