// A family's draft for a measure and its other open applications. A draft is always the
// family-level row (memberId null); per-child applications get their child on submission.
import "server-only";
import { OPEN_STATUSES } from "@/lib/applications/status-machine";
import { db } from "@/lib/db/client";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";

export const DRAFT_SELECT = { id: true, version: true, answers: true, reference: true, measure: true, familyId: true, status: true } as const;

export function findFamilyDraft(familyId: string, measure: MeasureCode) {
  return db.application.findFirst({
    where: { familyId, measure, status: "DRAFT", memberId: null },
    orderBy: { createdAt: "desc" },
    select: DRAFT_SELECT,
  });
}

/** Open applications past the draft stage (submitted, in review…), with their child if any. */
export function findSubmittedOpenApplications(familyId: string, measure?: MeasureCode) {
  return db.application.findMany({
    where: { familyId, ...(measure ? { measure } : {}), status: { in: OPEN_STATUSES.filter((status) => status !== "DRAFT") } },
    orderBy: { createdAt: "desc" },
    select: { id: true, reference: true, measure: true, memberId: true, status: true },
  });
}
