// The actions `actor` may take on an application right now (decision-rules.ts), read
// fresh: used after a refused action to decide whether its form can still be shown.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { availableActions, type ReviewAction } from "./decision-rules";
import { REVIEW_TARGET_SELECT, reviewStateOf } from "./review-target";
import { assertReviewReach } from "./run-review-change";
import { AppError } from "@/lib/errors/app-error";

export async function getAllowedActions(actor: Actor, applicationId: string): Promise<ReadonlySet<ReviewAction>> {
  const target = await db.application.findUnique({ where: { id: applicationId }, select: REVIEW_TARGET_SELECT });
  if (!target) throw new AppError("NOT_FOUND");
  assertReviewReach(actor, target.family.district);
  const self = await db.user.findUnique({ where: { id: actor.id }, select: { iin: true } });
  return availableActions(actor, reviewStateOf(target, self?.iin ?? null)).allowed;
}
