// Families, staff and applications for the work-queue tests. Test files share one
// database with others running at the same time, so every test narrows the queue to
// rows it made (a staff member of its own as assignee) or checks its own ids only.
import { nextApplicationReference } from "@/lib/applications/reference";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ApplicationStatus, District, Measure } from "@/prisma/generated/enums";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";
import { DEFAULT_QUEUE_FILTERS, type QueueFilters } from "@/lib/work-queue/queue-filters";

/** "Now" of the queue tests: Thursday 26 November 2026, 10:00 in Almaty. */
export const NOW = new Date("2026-11-26T05:00:00.000Z");
const DAY_MS = 86_400_000;

export const MEASURES: Measure[] = [
  "ONE_TIME_ASSISTANCE", "UTILITIES_COMPENSATION", "HOUSING_CERTIFICATE", "DOWN_PAYMENT_SUBSIDY", "PREFERENTIAL_MORTGAGE",
  "SOCIAL_JOBS", "RETRAINING_COURSES", "MOTHERS_CENTER", "FREE_KINDERGARTEN",
];

export async function createFamilyIn(district: District): Promise<{ familyId: string; applicantName: string; applicantIin: string; actor: Actor }> {
  const record = await createCitizenWithFamily(db);
  await db.family.update({ where: { id: record.family.id }, data: { district } });
  return {
    familyId: record.family.id,
    applicantName: record.user.fullName,
    applicantIin: record.user.iin,
    actor: { id: record.user.id, role: "CITIZEN", district: null },
  };
}

export async function createStaff(role: "CASEWORKER" | "SUPERVISOR" | "ADMIN", district: District | null = null): Promise<Actor & { fullName: string }> {
  const user = await createStaffUser(db, { role, district });
  return { id: user.id, role: user.role, district: user.district ?? null, fullName: user.fullName };
}

export interface ApplicationOptions {
  status?: ApplicationStatus;
  measure?: Measure;
  assigneeId?: string | null;
  dueAt?: Date | null;
  submittedAt?: Date | null;
  version?: number;
}

export async function createApplication(familyId: string, options: ApplicationOptions = {}) {
  const status = options.status ?? "SUBMITTED";
  return db.application.create({
    data: {
      reference: await nextApplicationReference(db, 2026),
      familyId,
      measure: options.measure ?? "ONE_TIME_ASSISTANCE",
      status,
      version: options.version ?? 1,
      amountTenge: 150_000,
      assigneeId: options.assigneeId ?? null,
      submittedAt: options.submittedAt === undefined ? (status === "DRAFT" ? null : new Date(NOW.getTime() - 10 * DAY_MS)) : options.submittedAt,
      dueAt: options.dueAt === undefined ? (status === "DRAFT" ? null : new Date(NOW.getTime() + 10 * DAY_MS)) : options.dueAt,
    },
    select: { id: true, reference: true, version: true, status: true },
  });
}

export function filters(changes: Partial<QueueFilters> = {}): QueueFilters {
  return { ...DEFAULT_QUEUE_FILTERS, ...changes };
}

export const days = (count: number) => new Date(NOW.getTime() + count * DAY_MS);
