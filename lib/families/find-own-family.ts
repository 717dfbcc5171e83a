// The actor's own family id, read inside the caller's transaction. Every write to the
// profile goes through it, so a family is only ever reached via its applicant.
import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { AppError } from "@/lib/errors/app-error";

export async function findOwnFamilyId(tx: Prisma.TransactionClient, applicantId: string): Promise<string> {
  const family = await tx.family.findUnique({ where: { applicantId }, select: { id: true } });
  if (!family) throw new AppError("NOT_FOUND");
  return family.id;
}
