// The signed-in family's own family row, for the document locker. Only an account whose
// reach for documents is "own" (a citizen) has a locker; staff read documents through
// the download route with their district check instead.
import "server-only";
import { accessLevel, assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { District } from "@/prisma/generated/enums";

export interface OwnFamily {
  id: string;
  district: District;
}

/** The actor's family, or null when they have not filled in a family profile yet. */
export async function findOwnFamilyForDocuments(actor: Actor, action: "read" | "create" = "read"): Promise<OwnFamily | null> {
  assertCan(actor, action, "document", { ownerUserId: actor.id });
  if (accessLevel(actor, action, "document") !== "own") throw new AppError("FORBIDDEN");
  return db.family.findUnique({ where: { applicantId: actor.id }, select: { id: true, district: true } });
}
