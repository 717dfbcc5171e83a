// Password hashing with argon2id (OWASP's first choice), via @node-rs/argon2's native build.
import { hash, verify } from "@node-rs/argon2";

// OWASP ASVS / cheat-sheet minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A fixed hash to verify against when the IIN is unknown, so that an unknown account
 * costs the same time as a wrong password and the two cannot be told apart.
 */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password-just-for-timing");
  return dummyHash.then((fixed) => verifyPassword(fixed, password));
}
