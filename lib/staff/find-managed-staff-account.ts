// The staff account an administrator is about to change, read inside the change's
// transaction. Citizens' accounts are not managed here, and an administrator never
// changes their own role, access or password through these forms (the city always keeps
// one administrator who can act, and nobody raises or restores their own rights).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/prisma/generated/client";

export async function findManagedStaffAccount(tx: Prisma.TransactionClient, admin: Actor, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, district: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.role === "CITIZEN") throw new AppError("NOT_FOUND");
  if (user.id === admin.id) throw new AppError("CONFLICT", "own-account");
  return user;
}
