"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatPeriodMonth } from "../format-period-month";
import { runPayments } from "../run-payments";
import { runPaymentsSchema } from "../run-payments-schema";
import { runnableMonths } from "../runnable-months";

export async function runPaymentsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "run", "payment")) notFound();

  const t = await getTranslations("payments");
  const locale = (await getLocale()) as Locale;
  const values = keepValues(formData, ["periodMonth"]);
  const parsed = parseForm(runPaymentsSchema, formData);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(`runForm.errors.${key}` as Parameters<typeof t>[0])]),
    );
    return { status: "error", fieldErrors, formError: parsed.hasUnexpectedFields ? t("runForm.errors.unexpectedField") : undefined, values };
  }
  const now = new Date();
  if (!runnableMonths(now).includes(parsed.data.periodMonth)) {
    return { status: "error", fieldErrors: { periodMonth: t("runForm.errors.monthNotOffered") }, values };
  }
  const result = await runPayments(user, parsed.data, now, db);
  const month = formatPeriodMonth(locale, result.periodMonth);
  revalidatePath(`/${locale}/staff/payments`);
  if (result.status === "nothing-new") return { status: "success", fieldErrors: {}, message: t("runForm.nothingNew", { month }), values };
  return {
    status: "success",
    fieldErrors: {},
    message: t("runForm.created", { month, count: result.payments, total: formatTenge(locale, result.totalTenge) }),
    values,
  };
}
