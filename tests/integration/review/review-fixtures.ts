// Families, staff and applications for the review tests. The family is made eligible for
// the money measures today (no income, a declared difficult situation, four children, in
// the housing queue with an apartment under the price cap), so approvals are not refused
// by the engine's ceiling unless a test means them to be.
import { nextApplicationReference } from "@/lib/applications/reference";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ApplicationStatus, District, Measure, Role } from "@/prisma/generated/enums";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";

const DAY_MS = 86_400_000;
export const INTERNAL_NOTE_TEXT = "Служебно: сверить справку о доходах с ГЦВП.";

export interface ReviewFamily {
  citizen: Actor;
  familyId: string;
  district: District;
  applicantIin: string;
  /** A member other than the applicant (the spouse or a child), for own-family tests. */
  otherMemberIin: string;
  pupilId: string;
}

export async function createReviewFamily(district: District = "ALMALY"): Promise<ReviewFamily> {
  const record = await createCitizenWithFamily(db, { district, childCount: 4, housingQueue: "LARGE_FAMILY" });
  const familyId = record.family.id as string;
  await db.familyMember.updateMany({ where: { familyId }, data: { monthlyIncomeTenge: 0 } });
  await db.family.update({ where: { id: familyId }, data: { otherMonthlyIncomeTenge: 0, difficultLifeSituation: "Потеря кормильца" } });
  await db.housingSituation.update({ where: { familyId }, data: { inHousingQueue: true, ownsHome: false, savingsTenge: 0, apartmentPriceTenge: 12_000_000 } });
  const children = record.members.filter((member) => member.role === "CHILD");
  const pupil = children[0];
  if (!pupil) throw new Error("the factory family has no child");
  await db.familyMember.update({ where: { id: pupil.id as string }, data: { birthDate: new Date("2013-03-01T00:00:00Z"), education: "SCHOOL", excellentStudent: true, homeSchooled: true, disability: true } });
  const other = record.members.find((member) => member.iin !== record.user.iin);
  return {
    citizen: { id: record.user.id as string, role: "CITIZEN", district: null },
    familyId,
    district,
    applicantIin: record.user.iin as string,
    otherMemberIin: other?.iin as string,
    pupilId: pupil.id as string,
  };
}

export async function createStaff(role: Exclude<Role, "CITIZEN">, district: District | null = null, iin?: string): Promise<Actor> {
  const user = await createStaffUser(db, { role, district: role === "CASEWORKER" ? (district ?? "ALMALY") : null });
  if (iin) await db.user.update({ where: { id: user.id }, data: { iin } });
  return { id: user.id, role: user.role, district: user.district ?? null };
}

export interface ReviewApplicationOptions {
  measure?: Measure;
  memberId?: string | null;
  amountTenge?: number | null;
  requestedAt?: Date;
  dueAt?: Date;
}

export async function createReviewApplication(family: ReviewFamily, status: ApplicationStatus, options: ReviewApplicationOptions = {}) {
  const measure = options.measure ?? "ONE_TIME_ASSISTANCE";
  const requestedAt = options.requestedAt ?? new Date(Date.now() - 3 * DAY_MS);
  return db.application.create({
    data: {
      reference: await nextApplicationReference(db, 2026),
      familyId: family.familyId,
      measure,
      memberId: options.memberId ?? null,
      status,
      version: 2,
      amountTenge: options.amountTenge === undefined ? 150_000 : options.amountTenge,
      submittedAt: new Date(Date.now() - 10 * DAY_MS),
      dueAt: options.dueAt ?? new Date(Date.now() + 10 * DAY_MS),
      timeline: {
        create: [
          { type: "SUBMITTED", actorId: family.citizen.id, fromStatus: "DRAFT", toStatus: "SUBMITTED", createdAt: new Date(Date.now() - 10 * DAY_MS) },
          { type: "NOTE", message: INTERNAL_NOTE_TEXT, isInternal: true, createdAt: new Date(Date.now() - 5 * DAY_MS) },
          ...(status === "INFORMATION_REQUESTED"
            ? [{ type: "INFORMATION_REQUESTED" as const, fromStatus: "IN_REVIEW" as const, toStatus: "INFORMATION_REQUESTED" as const, message: "Приложите справку.", respondBy: new Date(Date.now() + 5 * DAY_MS), createdAt: requestedAt }]
            : []),
        ],
      },
    },
    select: { id: true, reference: true, version: true, status: true, measure: true, dueAt: true },
  });
}

/** Everything a refused action must leave untouched. */
export async function snapshotOf(applicationId: string) {
  const [application, timeline, audits, decisions, entitlements, notifications, certificates] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, version: true, dueAt: true, assigneeId: true, decidedAt: true } }),
    db.timelineEvent.count({ where: { applicationId } }),
    db.auditLog.count({ where: { entityType: "Application", entityId: applicationId } }),
    db.decision.findMany({ where: { applicationId }, orderBy: { id: "asc" } }),
    db.entitlement.count({ where: { applicationId } }),
    db.notification.count({ where: { params: { path: ["reference"], equals: (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { reference: true } })).reference } } }),
    db.housingCertificate.count({ where: { applicationId } }),
  ]);
  return { application, timeline, audits, decisions, entitlements, notifications, certificates };
}
