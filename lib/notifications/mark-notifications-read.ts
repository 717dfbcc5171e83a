// Marks one or all of the user's own in-app notifications as read. Someone else's id
// simply matches nothing (the filter carries the owner), and reports NOT_FOUND.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requireUserIs, type Actor } from "./notification-access";

export const markNotificationsReadSchema = z.union([
  z.strictObject({ notificationId: z.string().min(1).max(64) }),
  z.strictObject({ all: z.literal("1") }),
]);

export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;

export async function markNotificationsRead(actor: Actor, input: MarkNotificationsReadInput, now = new Date()): Promise<number> {
  requireUserIs(actor);
  const where = { userId: actor.id, channel: "IN_APP" as const, readAt: null };
  if ("all" in input) return (await db.notification.updateMany({ where, data: { readAt: now } })).count;
  const owned = await db.notification.findFirst({ where: { id: input.notificationId, userId: actor.id, channel: "IN_APP" }, select: { id: true } });
  if (!owned) throw new AppError("NOT_FOUND");
  return (await db.notification.updateMany({ where: { ...where, id: owned.id }, data: { readAt: now } })).count;
}
