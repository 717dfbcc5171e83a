// Every change to a rule version goes through here: the version's row is locked for the
// transaction, so a change cannot slip in while the draft is being submitted, and its
// status is checked after the lock. Published versions match no allowed status: they
// are immutable, whatever the action.
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/prisma/generated/client";
import type { RuleVersionStatus } from "@/prisma/generated/enums";

export interface LockedVersion {
  id: string;
  title: string;
  reason: string;
  status: RuleVersionStatus;
  createdById: string | null;
}

export async function lockVersion(
  tx: Prisma.TransactionClient,
  versionId: string,
  allowed: readonly RuleVersionStatus[],
): Promise<LockedVersion> {
  const rows = await tx.$queryRaw<LockedVersion[]>`
    SELECT "id", "title", "reason", "status", "createdById" FROM "RuleSetVersion" WHERE "id" = ${versionId} FOR UPDATE`;
  const version = rows[0];
  if (!version) throw new AppError("NOT_FOUND");
  if (!allowed.includes(version.status)) throw new AppError("CONFLICT", version.status === "PUBLISHED" ? "published" : "notEditable");
  return version;
}

/** Only the author shapes a draft: the second administrator then reviews someone else's work. */
export function assertAuthor(actor: Actor, version: LockedVersion): void {
  if (version.createdById !== actor.id) throw new AppError("CONFLICT", "notAuthor");
}
