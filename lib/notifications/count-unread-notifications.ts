// How many in-app notifications the user has not read, for the header's badge.
import "server-only";
import { db } from "@/lib/db/client";
import { requireUserIs, type Actor } from "./notification-access";

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  requireUserIs(actor);
  return db.notification.count({ where: { userId: actor.id, channel: "IN_APP", readAt: null } });
}
