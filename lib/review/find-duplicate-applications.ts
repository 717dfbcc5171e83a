// Possible duplicates of an application: the same family applying twice for the same
// measure and member, and the same person (full name and birth date) in another family's
// open or approved application for the same measure. Warnings for the caseworker, not refusals.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { QUEUE_OPEN_STATUSES } from "@/lib/work-queue/queue-where";
import type { ApplicationStatus, District, Measure } from "@/prisma/generated/enums";

const COUNTED_STATUSES: ApplicationStatus[] = [...QUEUE_OPEN_STATUSES, "APPROVED"];

export interface DuplicateWarning {
  kind: "sameFamily" | "otherFamily";
  applicationId: string;
  reference: string;
  status: ApplicationStatus;
  district: District;
  /** The person both applications concern (the other family's member), when one. */
  personName: string | null;
  /** Whether the actor may open the other application. */
  canOpen: boolean;
}

export async function findDuplicateApplications(
  actor: Actor,
  application: { id: string; familyId: string; measure: Measure; memberId: string | null },
  people: readonly { id: string; fullName: string; birthDate: Date }[],
): Promise<DuplicateWarning[]> {
  const sameFamily = await db.application.findMany({
    where: { familyId: application.familyId, measure: application.measure, memberId: application.memberId, status: { in: COUNTED_STATUSES }, id: { not: application.id } },
    orderBy: { createdAt: "asc" },
    select: { id: true, reference: true, status: true, family: { select: { district: true } } },
  });
  // A per-child application concerns its child; a family-level one, every member.
  const concerned = application.memberId ? people.filter((person) => person.id === application.memberId) : people;
  const matches = concerned.length
    ? await db.familyMember.findMany({
        where: {
          familyId: { not: application.familyId },
          OR: concerned.map((person) => ({ fullName: { equals: person.fullName, mode: "insensitive" as const }, birthDate: person.birthDate })),
        },
        select: { id: true, familyId: true, fullName: true },
        take: 50,
      })
    : [];
  const otherFamily = matches.length
    ? await db.application.findMany({
        where: {
          measure: application.measure,
          status: { in: COUNTED_STATUSES },
          OR: matches.map((member) => ({ familyId: member.familyId, OR: [{ memberId: member.id }, { memberId: null }] })),
        },
        orderBy: { createdAt: "asc" },
        take: 20,
        select: { id: true, reference: true, status: true, familyId: true, memberId: true, family: { select: { district: true } } },
      })
    : [];
  const nameOf = (familyId: string, memberId: string | null) =>
    matches.find((member) => member.familyId === familyId && (memberId === null || member.id === memberId))?.fullName ?? null;
  const warning = (kind: DuplicateWarning["kind"], row: { id: string; reference: string; status: ApplicationStatus; family: { district: District } }, personName: string | null): DuplicateWarning => ({
    kind, applicationId: row.id, reference: row.reference, status: row.status, district: row.family.district, personName,
    canOpen: can(actor, "read", "application", { district: row.family.district }),
  });
  return [
    ...sameFamily.map((row) => warning("sameFamily", row, null)),
    ...otherFamily.map((row) => warning("otherFamily", row, nameOf(row.familyId, row.memberId))),
  ];
}
