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

/**
 * A row could not be deleted because another row still points at it (onDelete:
 * Restrict). Prisma reports P2003 (P2014 for a required relation); through the pg driver
 * adapter the PostgreSQL code (23503, or 23001 for RESTRICT) may be the only trace, in meta.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2003" || error.code === "P2014") return true;
  return /23503|23001|ForeignKeyConstraintViolation|foreign key/i.test(JSON.stringify(error.meta ?? {}));
}
