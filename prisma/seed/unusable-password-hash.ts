import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";

let unusableHash: Promise<string> | undefined;
/**
 * The hash of a random password that is thrown away at once: accounts with it exist but
 * nobody can sign in as them. Computed once per process (argon2 costs ~50 ms).
 */
export function unusablePasswordHash(): Promise<string> {
  unusableHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return unusableHash;
}
