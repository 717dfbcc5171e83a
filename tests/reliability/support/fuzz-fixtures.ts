// The people the fuzzed actions run as (each one authorized for the action: the family's
// applicant, a caseworker of the family's district, a supervisor, an administrator) and
// the ids of real rows, which the fuzzer mixes into its input so that some requests reach
// real applications, members, entries and versions rather than only "not found".
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createReviewApplication, createReviewFamily, createStaff } from "../../integration/review/review-fixtures";

export interface FuzzFixtures {
  citizen: CurrentUser;
  caseworker: CurrentUser;
  supervisor: CurrentUser;
  admin: CurrentUser;
  ids: string[];
}

async function currentUserOf(actor: Actor): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fullName: true, locale: true } });
  return { ...actor, fullName: user.fullName, locale: user.locale };
}

export async function createFuzzFixtures(): Promise<FuzzFixtures> {
  const family = await createReviewFamily("ALMALY");
  // One open application per measure and family: a measure of its own for each status.
  const applications = [["SUBMITTED", "ONE_TIME_ASSISTANCE"], ["IN_REVIEW", "UTILITIES_COMPENSATION"], ["INFORMATION_REQUESTED", "SOCIAL_JOBS"], ["REJECTED", "ONE_TIME_ASSISTANCE"]] as const;
  for (const [status, measure] of applications) await createReviewApplication(family, status, { measure });
  const [caseworker, supervisor, admin] = [await createStaff("CASEWORKER", "ALMALY"), await createStaff("SUPERVISOR"), await createStaff("ADMIN")];
  const rows = await Promise.all([
    db.application.findMany({ select: { id: true } }),
    db.familyMember.findMany({ select: { id: true } }),
    db.user.findMany({ select: { id: true } }),
    db.housingQueueEntry.findMany({ select: { id: true } }),
    db.ruleSetVersion.findMany({ select: { id: true } }),
    db.notification.findMany({ select: { id: true } }),
    db.application.findMany({ select: { reference: true } }).then((list) => list.map(({ reference }) => ({ id: reference }))),
  ]);
  return {
    citizen: await currentUserOf(family.citizen),
    caseworker: await currentUserOf(caseworker),
    supervisor: await currentUserOf(supervisor),
    admin: await currentUserOf(admin),
    ids: rows.flat().map(({ id }) => id),
  };
}
