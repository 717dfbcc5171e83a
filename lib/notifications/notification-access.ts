// Notifications belong to one user: every role reads and marks only its own, so the
// check is that the actor is a real signed-in user and the queries filter by its id.
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";

export type { Actor };

export function requireUserIs(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor?.id) throw new AppError("UNAUTHENTICATED");
}
