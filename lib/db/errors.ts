// Recognises database errors the app answers to (rather than failing with a 500).
import { Prisma } from "@/prisma/generated/client";

/** A unique constraint was violated, optionally on a given column. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!column) return true;
  // With driver adapters the target is in meta.driverAdapterError; older shapes use meta.target.
  const text = JSON.stringify(error.meta ?? {});
  return text.includes(column);
}
