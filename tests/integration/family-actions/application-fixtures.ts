// Applications in a chosen status for the family-action tests, with the timeline that
// status implies (an information request with its deadline, an internal note).
import { nextApplicationReference } from "@/lib/applications/reference";
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/create-client";
import type { ApplicationStatus, Measure } from "@/prisma/generated/enums";
import { createCitizenWithFamily } from "@/prisma/seed/factories";

export const INTERNAL_NOTE = "Служебная пометка: сверить доходы с ГЦВП (не для семьи).";
const DAY_MS = 86_400_000;

export async function createFamily(db: Database, options: { phone?: string | null; locale?: "kk" | "ru" | "en" } = {}) {
  const record = await createCitizenWithFamily(db);
  await db.user.update({ where: { id: record.user.id }, data: { phone: options.phone === undefined ? "+77015550199" : options.phone, locale: options.locale ?? "ru" } });
  const actor: Actor = { id: record.user.id as string, role: "CITIZEN", district: null };
  return { actor, familyId: record.family.id as string, userId: record.user.id as string };
}

export async function createApplication(
  db: Database,
  familyId: string,
  status: ApplicationStatus,
  options: { measure?: Measure; respondBy?: Date; requestedAt?: Date; dueAt?: Date | null } = {},
) {
  const requestedAt = options.requestedAt ?? new Date(Date.now() - 2 * DAY_MS);
  const application = await db.application.create({
    data: {
      reference: await nextApplicationReference(db, 2026),
      familyId,
      measure: options.measure ?? "ONE_TIME_ASSISTANCE",
      status,
      version: 3,
      amountTenge: 150_000,
      submittedAt: new Date(Date.now() - 10 * DAY_MS),
      dueAt: options.dueAt === undefined ? new Date(Date.now() + 10 * DAY_MS) : options.dueAt,
      timeline: {
        create: [
          { type: "SUBMITTED", fromStatus: "DRAFT", toStatus: "SUBMITTED", createdAt: new Date(Date.now() - 10 * DAY_MS) },
          { type: "NOTE", message: INTERNAL_NOTE, isInternal: true, createdAt: new Date(Date.now() - 5 * DAY_MS) },
          ...(status === "INFORMATION_REQUESTED"
            ? [{
                type: "INFORMATION_REQUESTED" as const, fromStatus: "IN_REVIEW" as const, toStatus: "INFORMATION_REQUESTED" as const,
                message: "Приложите справку о составе семьи.", respondBy: options.respondBy ?? new Date(Date.now() + 5 * DAY_MS), createdAt: requestedAt,
              }]
            : []),
        ],
      },
    },
    select: { id: true, reference: true, version: true, status: true, dueAt: true },
  });
  return application;
}

/** Everything a refused change must leave untouched. */
export async function snapshotOf(db: Database, { id: applicationId, reference }: { id: string; reference: string }) {
  const [application, timeline, audits, notifications] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, version: true, dueAt: true } }),
    db.timelineEvent.count({ where: { applicationId } }),
    db.auditLog.count({ where: { entityType: "Application", entityId: applicationId } }),
    db.notification.count({ where: { params: { path: ["reference"], equals: reference } } }),
  ]);
  return { application, timeline, audits, notifications };
}
