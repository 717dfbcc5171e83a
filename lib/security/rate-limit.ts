// Fixed-window rate limiting kept in PostgreSQL, so the limit holds across every app
// server behind the load balancer (an in-memory counter would multiply by the server count).
import "server-only";
import { db } from "@/lib/db/client";

export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts one event for `bucket:key` and says whether it is within the limit. One atomic
 * upsert: concurrent requests cannot both slip under the limit.
 * Keys must not contain personal data; hash them first (see hashRateLimitKey).
 */
export async function consumeRateLimit(bucket: string, key: string, limit: RateLimit): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; retryAfter: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${`${bucket}:${key}`}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now()
                       THEN now() + make_interval(secs => ${limit.windowSeconds})
                       ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", CEIL(EXTRACT(EPOCH FROM ("resetAt" - now())))::int AS "retryAfter"`;
  const row = rows[0];
  if (!row) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: row.count <= limit.max, retryAfterSeconds: Math.max(1, row.retryAfter) };
}

/** Forgets a bucket, e.g. the failed sign-ins of an account after a successful one. */
export async function resetRateLimit(bucket: string, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: `${bucket}:${key}` } });
}

/**
 * Takes back one counted event of `bucket:key` (never below zero): a sign-in that
 * succeeded, so that only failed attempts use up a client's limit and a busy office
 * behind one address is never locked out by its own colleagues signing in.
 */
export async function refundRateLimit(bucket: string, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${`${bucket}:${key}`}`;
}
