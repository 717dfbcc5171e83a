// The one check every family-profile function starts with: the actor is a citizen acting
// on their own family. Staff reach families through their own (district) functions, never
// through these, so a caseworker calling here gets FORBIDDEN rather than someone's data.
import "server-only";
import { accessLevel, assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";

export function assertOwnFamilyAccess(actor: Actor, action: "read" | "update"): void {
  // The role check comes first: for a caseworker, assertCan would answer NOT_FOUND (no
  // family of their district is "their own"), which /family/eligibility reads as "no family
  // yet" and showed staff a citizen page instead of 404.
  if (accessLevel(actor, action, "family") !== "own") throw new AppError("FORBIDDEN");
  assertCan(actor, action, "family", { ownerUserId: actor.id });
}
