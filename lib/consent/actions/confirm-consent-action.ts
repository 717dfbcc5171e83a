"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { measureFromSlug } from "@/lib/applications/flows/measure-slug";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formRecordHasNul } from "@/lib/forms/forbidden-characters";
import { formDataToRecord } from "@/lib/forms/parse-form";
import type { FormState } from "@/lib/forms/form-state";
import { confirmConsent, confirmConsentSchema } from "../confirm-consent";

/** The form's fields as the schema reads them: the ticked adults as a list. */
function consentRecord(formData: FormData): Record<string, unknown> {
  const record: Record<string, unknown> = formDataToRecord(formData);
  record.confirmMemberIds = formData.getAll("confirmMemberIds").filter((value) => typeof value === "string");
  return record;
}

export async function confirmConsentAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(`/${locale}/sign-in`);
  // The slug is bound by the page but comes back from the browser: only a real measure passes.
  if (!can(user, "create", "application") || !measureFromSlug(slug)) notFound();
  const returnPath = `/apply/${slug}/check`;

  const t = await getTranslations("consent.errors");
  const record = consentRecord(formData);
  const values = { confirmMemberIds: (record.confirmMemberIds as string[]).join(","), applicantAgrees: String(record.applicantAgrees ?? "") };
  if (formRecordHasNul(record)) return { status: "error", fieldErrors: {}, formError: t("unexpectedField"), values };
  const parsed = confirmConsentSchema.safeParse(record);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    let formError: string | undefined;
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") formError = t("unexpectedField");
      else fieldErrors[String(issue.path[0] ?? "code")] ??= t("codeFormat");
    }
    return { status: "error", fieldErrors, formError, values };
  }
  const result = await confirmConsent(user, parsed.data, { now: new Date() });
  switch (result.kind) {
    case "recorded":
      redirect(`/${locale}${returnPath}`);
    case "confirm-others":
      return { status: "error", fieldErrors: { confirmMemberIds: t("confirmOthers") }, values };
    case "applicant-must-agree":
      return { status: "error", fieldErrors: { applicantAgrees: t("applicantMustAgree") }, values };
    case "no-code":
      return { status: "error", fieldErrors: { code: t("noCode") }, values };
    case "expired":
      return { status: "error", fieldErrors: { code: t("expired") }, values };
    case "too-many-attempts":
      return { status: "error", fieldErrors: { code: t("tooManyAttempts") }, values };
    case "wrong-code":
      return { status: "error", fieldErrors: { code: t("wrongCode", { attempts: result.attemptsLeft }) }, values };
  }
}
