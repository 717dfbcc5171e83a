"use server";

import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { parseForm } from "@/lib/forms/parse-form";
import { redirect } from "@/lib/i18n/navigation";
import { findEntryByIin } from "../find-entry-by-iin";
import { looksLikeIin, queueFilterSchema, queueQueryString } from "../queue-search";

/**
 * The queue page's filter form posts here (not a GET form), so a search text is checked
 * before it reaches a URL: an IIN is looked up and leads straight to the family's entry,
 * never into the address bar; anything else becomes the page's query.
 */
export async function filterQueueAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user || !can(user, "read", "housing")) notFound();
  const parsed = parseForm(queueFilterSchema, formData);
  if (!parsed.ok) return redirect("/staff/housing-queue?search=invalid");
  const { q } = parsed.data;
  if (q && looksLikeIin(q)) {
    const entryId = await findEntryByIin(user, q);
    return redirect(entryId ? `/staff/housing-queue/${encodeURIComponent(entryId)}` : "/staff/housing-queue?search=iin-not-found");
  }
  return redirect(`/staff/housing-queue${queueQueryString(parsed.data)}`);
}
