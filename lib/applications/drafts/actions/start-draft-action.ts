"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { notFound } from "next/navigation";
import { measureFromSlug } from "../../flows/measure-slug";
import { startDraft } from "../start-draft";
import { getOwnDraft } from "../get-own-draft";
import { firstUnansweredStep } from "../../flows/answers";

/** "Start now" / "Continue": creates or finds the draft and goes to the first open question. */
export async function startDraftAction(slug: string): Promise<void> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/apply/${slug}`)}`);
  const measure = measureFromSlug(slug);
  if (!measure || !can(user, "create", "application")) notFound();
  const started = await startDraft(user, measure);
  // The start page explains both: the open application, or why the measure takes none now.
  if (started.kind === "open" || started.kind === "measure-closed") redirect(`/${locale}/apply/${slug}`);
  const { draft } = await getOwnDraft(user, measure);
  const step = firstUnansweredStep(measure, draft.answers);
  redirect(step ? `/${locale}/apply/${slug}/step/${step}` : `/${locale}/apply/${slug}/check`);
}
