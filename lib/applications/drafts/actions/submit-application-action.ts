"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { formDataToRecord } from "@/lib/forms/parse-form";
import { measureFromSlug } from "../../flows/measure-slug";
import { submitApplication } from "../submit-application";
import type { ApplyFormState } from "./apply-form-state";
import { submitFailureState } from "./submit-failure-state";
import { submitSchema } from "./submit-schema";

export async function submitApplicationAction(slug: string, _previous: ApplyFormState, formData: FormData): Promise<ApplyFormState> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/apply/${slug}/check`)}`);
  const measure = measureFromSlug(slug);
  if (!measure || !can(user, "create", "application")) notFound();
  const parsed = submitSchema.safeParse(formDataToRecord(formData));
  if (!parsed.success) notFound();

  const t = await getTranslations("apply.errors");
  let result;
  try {
    result = await submitApplication(user, parsed.data.applicationId, { now: new Date() });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    const failure = submitFailureState(error, t);
    if (failure) return failure;
    throw error;
  }
  switch (result.kind) {
    case "submitted":
      redirect(`/${locale}/apply/${slug}/done/${result.applicationIds[0]}`);
    case "already-submitted":
      // A second click of "Submit": the first one went through, show its confirmation.
      redirect(`/${locale}/apply/${slug}/done/${result.applicationId}`);
    case "incomplete":
      redirect(`/${locale}/apply/${slug}/step/${result.step}`);
    case "consent-missing":
      redirect(`/${locale}/apply/${slug}/consent`);
    case "slot-taken":
      redirect(`/${locale}/apply/${slug}/step/counselling-slot?taken=1`);
    case "measure-closed":
      return { status: "error", fieldErrors: {}, formError: t("measureClosed"), values: {} };
    case "open-exists":
      return {
        status: "error",
        fieldErrors: {},
        formError: t("openApplicationExists", { reference: result.reference }),
        values: {},
        openApplication: { href: `/${locale}/applications/${result.applicationId}`, text: t("viewOpenApplication", { reference: result.reference }) },
      };
  }
}
