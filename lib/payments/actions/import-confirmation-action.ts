"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { parseForm } from "@/lib/forms/parse-form";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PaymentStatus } from "@/prisma/generated/enums";
import { MAX_CONFIRMATION_BYTES } from "../confirmation/confirmation-problem";
import { importConfirmation } from "../confirmation/import-confirmation";
import type { ImportConfirmationState } from "../confirmation/import-confirmation-state";

const importConfirmationSchema = z.strictObject({ runId: z.string().trim().min(1).max(64) });

export async function importConfirmationAction(_previous: ImportConfirmationState, formData: FormData): Promise<ImportConfirmationState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "run", "payment")) notFound();

  const t = await getTranslations("payments");
  const locale = (await getLocale()) as Locale;
  const file = formData.get("file");
  formData.delete("file");
  const parsed = parseForm(importConfirmationSchema, formData);
  if (!parsed.ok) notFound();

  const refuse = (problems: string[], fileError: string): ImportConfirmationState => ({
    status: "error", fieldErrors: { file: fileError }, problems, values: {},
  });
  if (!(file instanceof File) || file.size === 0) return refuse([], t("importForm.errors.fileRequired"));
  if (file.size > MAX_CONFIRMATION_BYTES) return refuse([], t("importErrors.tooLarge"));

  let result;
  try {
    result = await importConfirmation(user, { runId: parsed.data.runId, content: new Uint8Array(await file.arrayBuffer()) }, new Date(), db);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "CONFLICT")) return refuse([t("importErrors.changedMeanwhile")], t("importForm.errors.refused"));
    throw error;
  }
  if (!result.ok) {
    const problems = result.problems.map((problem) => {
      const values = { ...problem.values };
      // The stored status is a code; the reader gets its name.
      if (typeof values.status === "string" && problem.code === "notSent") values.status = t(`statuses.${values.status as PaymentStatus}`);
      const text = t(`importErrors.${problem.code}`, values);
      return problem.line ? t("importErrors.onLine", { line: problem.line, problem: text }) : text;
    });
    return refuse(problems, t("importForm.errors.refused"));
  }
  revalidatePath(`/${locale}/staff/payments`);
  return {
    status: "success",
    fieldErrors: {},
    problems: [],
    values: {},
    message: t("importForm.imported", { paid: result.paid, failed: result.failed, returned: result.returned, total: formatTenge(locale, result.paidTenge) }),
  };
}
