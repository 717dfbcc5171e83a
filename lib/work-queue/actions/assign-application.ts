"use server";

// The supervisor's assign form (/staff/assign/<id>): back to the queue with its filters
// when done, or to the form again saying why not (the case changed, the person cannot take it).
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { parseForm } from "@/lib/forms/parse-form";
import { redirect } from "@/lib/i18n/navigation";
import { assignApplication, assignApplicationSchema } from "../assign-application";
import { returnToField } from "../fields";
import { parseQueueFilters, queueHref, queueQueryString, type QueueNotice } from "../queue-filters";
import { noticeForRefusal } from "./assignment-outcome";

const assignFormSchema = assignApplicationSchema.extend({ returnTo: returnToField });

export async function assignApplicationAction(formData: FormData): Promise<void> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "assign", "application")) notFound();

  const returnTo = formData.get("returnTo");
  const filters = parseQueueFilters(new URLSearchParams(typeof returnTo === "string" ? returnTo : ""));
  const parsed = parseForm(assignFormSchema, formData);
  if (!parsed.ok) {
    // Without a valid id there is no form to go back to; the queue says the request was not understood.
    if (parsed.fieldErrors.applicationId) await redirect(queueHref(filters, { notice: "invalid" }));
    const applicationId = String(formData.get("applicationId"));
    await redirect(`/staff/assign/${applicationId}?${queueQueryString(filters, { notice: "invalid" })}`);
    return;
  }
  const { returnTo: _returnTo, ...input } = parsed.data;
  let notice: QueueNotice;
  try {
    const result = await assignApplication(user, input);
    notice = result.assigneeId === null ? "unassigned" : "assigned";
  } catch (error) {
    notice = noticeForRefusal(error);
  }
  if (notice === "assigned" || notice === "unassigned") await redirect(queueHref(filters, { notice }));
  await redirect(`/staff/assign/${input.applicationId}?${queueQueryString(filters, { notice })}`);
}
