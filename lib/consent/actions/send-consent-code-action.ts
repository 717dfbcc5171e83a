"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { measureFromSlug } from "@/lib/applications/flows/measure-slug";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formDataToRecord } from "@/lib/forms/parse-form";
import type { FormState } from "@/lib/forms/form-state";
import { sendConsentCode } from "../send-consent-code";

// The button posts nothing of its own: anything else is refused.
const sendSchema = z.strictObject({});

export async function sendConsentCodeAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(`/${locale}/sign-in`);
  // The slug is bound by the page but comes back from the browser: only a real measure passes.
  if (!can(user, "create", "application") || !measureFromSlug(slug)) notFound();
  const returnPath = `/apply/${slug}/check`;
  if (!sendSchema.safeParse(formDataToRecord(formData)).success) notFound();

  const t = await getTranslations("consent");
  // The SMS goes in the applicant's own language, whatever page they are reading.
  const sms = await getTranslations({ locale: user.locale === "kk" || user.locale === "en" ? user.locale : "ru", namespace: "consent" });
  const result = await sendConsentCode(user, { now: new Date(), renderBody: (code) => sms("smsBody", { code }) });
  switch (result.kind) {
    case "sent":
      return { status: "success", fieldErrors: {}, message: t("sent", { phone: result.maskedPhone }), values: {} };
    case "nothing-to-confirm":
      redirect(`/${locale}${returnPath}`);
    case "no-phone":
      return { status: "error", fieldErrors: {}, formError: t("noPhone"), values: {} };
    case "rate-limited":
      return { status: "error", fieldErrors: {}, formError: t("rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) }), values: {} };
  }
}
