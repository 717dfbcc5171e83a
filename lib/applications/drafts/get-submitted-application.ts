// The confirmation page's view of a just-submitted application and the ones submitted
// with it (one per child), read only from the actor's own family.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requireOwnApplyFamily } from "./own-apply-family";

export async function getOwnSubmission(actor: Actor, applicationId: string) {
  const family = await requireOwnApplyFamily(actor);
  const application = await db.application.findFirst({
    where: { id: applicationId, familyId: family.id, submittedAt: { not: null } },
    select: { id: true, measure: true, submittedAt: true, dueAt: true },
  });
  if (!application?.submittedAt) throw new AppError("NOT_FOUND");
  const batch = await db.application.findMany({
    where: { familyId: family.id, measure: application.measure, submittedAt: application.submittedAt },
    orderBy: { reference: "asc" },
    select: { id: true, reference: true, member: { select: { fullName: true } } },
  });
  const booking = await db.counsellingBooking.findFirst({
    where: { applicationId: application.id, familyId: family.id },
    select: { slot: { select: { startsAt: true, kind: true, venue: true, counsellorName: true } } },
  });
  return {
    measure: application.measure,
    submittedAt: application.submittedAt,
    dueAt: application.dueAt,
    applications: batch.map((item) => ({ id: item.id, reference: item.reference, memberName: item.member?.fullName ?? null })),
    booking: booking?.slot ?? null,
  };
}
