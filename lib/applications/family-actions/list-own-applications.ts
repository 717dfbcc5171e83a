// The family's applications for "My applications", newest first: only what the list shows.
import "server-only";
import { accessLevel, assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { firstNameOf } from "./first-name";

export async function listOwnApplications(actor: Actor) {
  assertCan(actor, "read", "application", { ownerUserId: actor.id });
  if (accessLevel(actor, "read", "application") !== "own") throw new AppError("FORBIDDEN");
  const rows = await db.application.findMany({
    where: { family: { applicantId: actor.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, reference: true, measure: true, status: true, updatedAt: true, member: { select: { fullName: true } } },
  });
  return rows.map(({ member, ...row }) => ({ ...row, childFirstName: member ? firstNameOf(member.fullName) : null }));
}
