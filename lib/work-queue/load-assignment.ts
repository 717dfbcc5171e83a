// What the supervisor's assign page shows: the application (never the IIN) and the
// people it can be given to.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus, District, Measure } from "@/prisma/generated/enums";
import { CLOSED_STATUSES } from "./change-assignee";
import { deadlineStateOf, type DeadlineState } from "./deadline-state";

export interface AssignmentView {
  id: string;
  reference: string;
  measure: Measure;
  status: ApplicationStatus;
  district: District;
  applicantName: string;
  dueAt: Date | null;
  deadlineState: DeadlineState | null;
  version: number;
  assigneeId: string | null;
  assigneeName: string | null;
  closed: boolean;
  /** The current holder if not otherwise listed, active caseworkers of the district, then the reader. */
  candidates: { id: string; fullName: string; isSelf: boolean }[];
}

export async function loadAssignment(actor: Actor & { fullName: string }, applicationId: string, now: Date = new Date()): Promise<AssignmentView> {
  assertCan(actor, "assign", "application");
  const row = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true, reference: true, measure: true, status: true, dueAt: true, version: true, assigneeId: true,
      family: { select: { district: true, applicant: { select: { fullName: true } } } },
      assignee: { select: { fullName: true } },
    },
  });
  if (!row || row.status === "DRAFT") throw new AppError("NOT_FOUND");
  assertCan(actor, "assign", "application", { district: row.family.district });
  const caseworkers = await db.user.findMany({
    where: { role: "CASEWORKER", district: row.family.district, disabledAt: null, id: { not: actor.id } },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true },
  });
  return {
    id: row.id,
    reference: row.reference,
    measure: row.measure,
    status: row.status,
    district: row.family.district,
    applicantName: row.family.applicant.fullName,
    dueAt: row.dueAt,
    deadlineState: deadlineStateOf(row.status, row.dueAt, now),
    version: row.version,
    assigneeId: row.assigneeId,
    assigneeName: row.assignee?.fullName ?? null,
    closed: CLOSED_STATUSES.includes(row.status),
    candidates: [
      // The current holder stays selectable even when no longer eligible, so saving the
      // form unchanged never unassigns the case by accident.
      ...(row.assigneeId && row.assignee && row.assigneeId !== actor.id && !caseworkers.some((user) => user.id === row.assigneeId)
        ? [{ id: row.assigneeId, fullName: row.assignee.fullName, isSelf: false }]
        : []),
      ...caseworkers.map((user) => ({ ...user, isSelf: false })),
      { id: actor.id, fullName: actor.fullName, isSelf: true },
    ],
  };
}
