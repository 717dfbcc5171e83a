// The sign-in check behind the credentials provider. Unknown IIN, wrong password and
// disabled account all answer "invalid" after the same argon2 work, so the answer and
// its timing reveal nothing; repeated attempts are throttled per account and per client
// (a client's successful sign-ins are not counted against it).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { consumeRateLimit, refundRateLimit, resetRateLimit } from "@/lib/security/rate-limit";
import { hashPersonalKey } from "@/lib/security/hash-key";
import type { Role } from "@/prisma/generated/enums";
import { verifyAgainstDummy, verifyPassword } from "./password";

export const SIGN_IN_LIMITS = {
  perAccount: { max: 5, windowSeconds: 15 * 60 },
  perClient: { max: 50, windowSeconds: 15 * 60 },
} as const;

const credentialsSchema = z.object({
  iin: z.string().trim().regex(/^\d{12}$/),
  password: z.string().min(1).max(256),
});

export type AuthorizeResult =
  | { ok: true; user: { id: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function authorizeCredentials(
  input: unknown,
  context: { clientAddress: string; secret: string },
): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse(input);
  const perClient = await consumeRateLimit("signin:client", context.clientAddress, SIGN_IN_LIMITS.perClient);
  if (!perClient.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: perClient.retryAfterSeconds };
  if (!parsed.success) {
    await verifyAgainstDummy(typeof input === "object" ? "x" : "y");
    return { ok: false, reason: "invalid" };
  }
  const { iin, password } = parsed.data;
  const accountKey = hashPersonalKey(context.secret, iin);
  const perAccount = await consumeRateLimit("signin:account", accountKey, SIGN_IN_LIMITS.perAccount);
  if (!perAccount.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: perAccount.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { iin },
    select: { id: true, role: true, sessionVersion: true, disabledAt: true, passwordHash: true },
  });
  const passwordMatches = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !passwordMatches || user.disabledAt) return { ok: false, reason: "invalid" };

  await resetRateLimit("signin:account", accountKey);
  await refundRateLimit("signin:client", context.clientAddress);
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
