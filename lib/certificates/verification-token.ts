// The random code in a certificate's QR link. 16 bytes (128 bits) in base64url are 22
// characters: too many to guess or enumerate, short enough to type from paper.
import { z } from "zod";

export const VERIFICATION_TOKEN_BYTES = 16;
export const VERIFICATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** The token for 16 random bytes (from node:crypto when issuing, from the seeded generator in demo data). */
export function encodeVerificationToken(bytes: Uint8Array): string {
  if (bytes.length !== VERIFICATION_TOKEN_BYTES) throw new RangeError(`a verification token needs ${VERIFICATION_TOKEN_BYTES} bytes`);
  return Buffer.from(bytes).toString("base64url");
}

export function isVerificationToken(value: unknown): value is string {
  return typeof value === "string" && VERIFICATION_TOKEN_PATTERN.test(value);
}

/**
 * What a person types on /verify: the code printed under the QR code, or the whole link
 * pasted from a phone (its last path segment is the code). Messages are keys of
 * `certificates.verify.errors`.
 */
export const verificationCodeSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, "codeRequired")
    .max(300, "codeFormat")
    .transform((value) => value.replace(/[?#].*$/, "").replace(/\/+$/, "").split("/").pop() ?? "")
    .refine(isVerificationToken, "codeFormat"),
});

/** The public page that confirms a certificate: `<origin>/verify/<token>`, without a locale so the reader's language is chosen for them. */
export function verificationUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/verify/${token}`;
}
