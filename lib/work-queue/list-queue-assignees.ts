// The staff the queue can be filtered by: caseworkers of the reader's reach and the
// supervisors (who may take cases themselves). Disabled accounts stay listed, as the
// cases they still hold are exactly what a supervisor looks for to hand them over.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { District } from "@/prisma/generated/enums";
import { queueScopeOf } from "./list-work-queue";

export interface QueueAssignee {
  id: string;
  fullName: string;
  district: District | null;
}

export async function listQueueAssignees(actor: Actor): Promise<QueueAssignee[]> {
  const scope = queueScopeOf(actor);
  if (scope.empty) return [];
  return db.user.findMany({
    where: scope.district
      ? { role: "CASEWORKER", district: scope.district }
      : { role: { in: ["CASEWORKER", "SUPERVISOR"] } },
    orderBy: [{ district: { sort: "asc", nulls: "first" } }, { fullName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true, district: true },
  });
}
