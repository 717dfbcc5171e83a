"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors/app-error";
import { parseForm } from "@/lib/forms/parse-form";
import { markNotificationsRead, markNotificationsReadSchema } from "../mark-notifications-read";

/** Plain form post (works without JavaScript): marks one notification, or all, as read. */
export async function markReadAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) notFound();
  const parsed = parseForm(markNotificationsReadSchema, formData);
  if (!parsed.ok) notFound();
  try {
    await markNotificationsRead(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  revalidatePath(`/${await getLocale()}/notifications`);
}
