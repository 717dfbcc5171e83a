// Recognises "the database is not there" (connection refused, cut, reset, timed out, the
// server shutting down) as opposed to a wrong query or a broken rule: the first is
// temporary and nothing was written (the transaction died with its connection), so the
// request can answer "try again" instead of failing with a 500.
import { Prisma } from "@/prisma/generated/client";

// Node socket errors and PostgreSQL's connection-class and shutdown SQLSTATEs (08xxx, 57P01–57P03).
const UNAVAILABLE_CODES = /\b(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTCONN|08000|08001|08003|08004|08006|57P01|57P02|57P03)\b/;
const UNAVAILABLE_MESSAGES = /connection terminated|connection (?:was )?closed|server closed the connection|can't reach database server|connection refused|terminating connection|timeout exceeded when trying to connect/i;
// Prisma's own codes: P1001 can't reach, P1002 timed out, P1017 server closed the connection,
// P2028 the interactive transaction died (its connection is gone).
const PRISMA_UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2028"]);

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = error as Error & { code?: unknown; meta?: unknown; cause?: unknown };
  return [own.name, own.message, String(own.code ?? ""), JSON.stringify(own.meta ?? {}), own.cause ? describe(own.cause) : ""].join(" ");
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && PRISMA_UNAVAILABLE_CODES.has(error.code)) return true;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const text = describe(error);
  return UNAVAILABLE_CODES.test(text) || UNAVAILABLE_MESSAGES.test(text);
}
