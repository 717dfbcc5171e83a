"use server";

// The claim button of a queue row: a plain form, so it works without JavaScript; the
// queue is shown again with the same filters and a notice saying what happened.
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { parseForm } from "@/lib/forms/parse-form";
import { redirect } from "@/lib/i18n/navigation";
import { claimApplication, claimApplicationSchema } from "../claim-application";
import { returnToField } from "../fields";
import { parseQueueFilters, queueHref, type QueueNotice } from "../queue-filters";
import { noticeForRefusal } from "./assignment-outcome";

const claimFormSchema = claimApplicationSchema.extend({ returnTo: returnToField });

export async function claimApplicationAction(formData: FormData): Promise<void> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "review", "application")) notFound();

  const returnTo = formData.get("returnTo");
  const filters = parseQueueFilters(new URLSearchParams(typeof returnTo === "string" ? returnTo : ""));
  const parsed = parseForm(claimFormSchema, formData);
  let notice: QueueNotice = "invalid";
  if (parsed.ok) {
    try {
      await claimApplication(user, { applicationId: parsed.data.applicationId, version: parsed.data.version });
      notice = "claimed";
    } catch (error) {
      notice = noticeForRefusal(error);
    }
  }
  await redirect(queueHref(filters, { notice }));
}
