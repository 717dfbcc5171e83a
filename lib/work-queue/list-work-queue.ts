// The caseworkers' work queue: applications past the draft stage, filtered, sorted and
// one page at a time, all in the database. A caseworker sees their district (the
// family's district), supervisors and administrators the whole city.
import "server-only";
import { accessLevel, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/prisma/generated/client";
import type { ApplicationStatus, District, Measure } from "@/prisma/generated/enums";
import { deadlineStateOf, type DeadlineState } from "./deadline-state";
import { QUEUE_PAGE_SIZE, type QueueFilters } from "./queue-filters";
import { queueWhere } from "./queue-where";

export interface WorkQueueRow {
  id: string;
  reference: string;
  measure: Measure;
  /** The applicant's full name; the IIN is never part of the queue. */
  applicantName: string;
  district: District;
  status: ApplicationStatus;
  submittedAt: Date | null;
  dueAt: Date | null;
  deadlineState: DeadlineState | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /** For claim and assign forms: the version the reader saw. */
  version: number;
}

export interface WorkQueuePage {
  rows: WorkQueueRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** The district the reader is limited to, or null when they see the whole city. */
  district: District | null;
  /** The filters actually applied (a caseworker's district filter is their own). */
  filters: QueueFilters;
}

const ORDER_BY: Record<QueueFilters["sort"], Prisma.ApplicationOrderByWithRelationInput[]> = {
  // Soonest deadline first; the id keeps equal dates in a stable order across pages.
  due: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  submitted: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  reference: [{ reference: "asc" }],
};

/** The district a reader of the queue is limited to (null: whole city); refuses others. */
export function queueScopeOf(actor: Actor): { district: District | null; empty: boolean } {
  const access = accessLevel(actor, "read", "application");
  if (access === "any") return { district: null, empty: false };
  if (access !== "district") throw new AppError("FORBIDDEN");
  // A caseworker without a district sees nothing rather than everything.
  return { district: actor.district, empty: actor.district === null };
}

export async function listWorkQueue(actor: Actor, filters: QueueFilters, now: Date = new Date()): Promise<WorkQueuePage> {
  const scope = queueScopeOf(actor);
  // A caseworker's district is not a filter they chose: it stays out of their links.
  const applied: QueueFilters = scope.district ? { ...filters, district: undefined } : filters;
  if (scope.empty) return { rows: [], total: 0, page: 1, pageCount: 1, pageSize: QUEUE_PAGE_SIZE, district: null, filters: applied };

  const where = queueWhere({
    actor, filters: applied, district: scope.district, now,
    secondApprovalFilter: can(actor, "approve-second", "application"),
  });
  const [total, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: ORDER_BY[applied.sort],
      skip: (applied.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, reference: true, measure: true, status: true, submittedAt: true, dueAt: true, version: true, assigneeId: true,
        family: { select: { district: true, applicant: { select: { fullName: true } } } },
        assignee: { select: { fullName: true } },
      },
    }),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      measure: row.measure,
      applicantName: row.family.applicant.fullName,
      district: row.family.district,
      status: row.status,
      submittedAt: row.submittedAt,
      dueAt: row.dueAt,
      deadlineState: deadlineStateOf(row.status, row.dueAt, now),
      assigneeId: row.assigneeId,
      assigneeName: row.assignee?.fullName ?? null,
      version: row.version,
    })),
    total,
    page: applied.page,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    pageSize: QUEUE_PAGE_SIZE,
    district: scope.district,
    filters: applied,
  };
}
