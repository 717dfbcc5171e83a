// The SQL conditions of the work queue: the reader's reach (a caseworker's district),
// then each filter. Drafts are the family's own business and never listed.
import { OPEN_STATUSES } from "@/lib/applications/status-machine";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/prisma/generated/client";
import type { ApplicationStatus, District } from "@/prisma/generated/enums";
import { deadlineBoundaries, PAUSED_STATUS, RUNNING_STATUSES, type DeadlineState } from "./deadline-state";
import type { QueueFilters } from "./queue-filters";

export const QUEUE_OPEN_STATUSES: ApplicationStatus[] = OPEN_STATUSES.filter((status) => status !== "DRAFT");

function statusCondition(status: QueueFilters["status"]): Prisma.ApplicationWhereInput {
  if (status === "open") return { status: { in: QUEUE_OPEN_STATUSES } };
  if (status === "all") return { status: { not: "DRAFT" } };
  return { status };
}

function deadlineCondition(state: DeadlineState, now: Date): Prisma.ApplicationWhereInput {
  if (state === "paused") return { status: PAUSED_STATUS };
  const { breachedBefore, atRiskBefore } = deadlineBoundaries(now);
  const running = { status: { in: [...RUNNING_STATUSES] } };
  if (state === "breached") return { ...running, dueAt: { lt: breachedBefore } };
  if (state === "at-risk") return { ...running, dueAt: { gte: breachedBefore, lt: atRiskBefore } };
  return { ...running, dueAt: { gte: atRiskBefore } };
}

function assigneeCondition(assignee: string, actor: Actor): Prisma.ApplicationWhereInput {
  if (assignee === "me") return { assigneeId: actor.id };
  if (assignee === "unassigned") return { assigneeId: null };
  return { assigneeId: assignee };
}

/** A Decision waiting for a supervisor's second signature (not yet given, not sent back). */
export const AWAITING_SECOND_APPROVAL: Prisma.ApplicationWhereInput = {
  status: "IN_REVIEW",
  decisions: { some: { requiresSecondApproval: true, secondApprovedAt: null, returnedAt: null } },
};

export interface QueueWhereOptions {
  actor: Actor;
  filters: QueueFilters;
  /** The district the reader is limited to, or null for the whole city. */
  district: District | null;
  /** Whether the reader may filter on second approvals (supervisors). */
  secondApprovalFilter: boolean;
  now: Date;
}

export function queueWhere({ actor, filters, district, secondApprovalFilter, now }: QueueWhereOptions): Prisma.ApplicationWhereInput {
  const conditions: Prisma.ApplicationWhereInput[] = [statusCondition(filters.status)];
  const districtShown = district ?? filters.district;
  // Application.district is the family's district, kept by the database: no join needed.
  if (districtShown) conditions.push({ district: districtShown });
  if (filters.measure) conditions.push({ measure: filters.measure });
  if (filters.deadline) conditions.push(deadlineCondition(filters.deadline, now));
  if (filters.assignee) conditions.push(assigneeCondition(filters.assignee, actor));
  if (filters.awaiting === "second-approval" && secondApprovalFilter) conditions.push(AWAITING_SECOND_APPROVAL);
  return { AND: conditions };
}
