"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { createStaffAccount, createStaffAccountSchema } from "../create-staff-account";

const KEPT_FIELDS = ["fullName", "iin", "phone", "role", "district"] as const;

export async function createStaffAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const admin = await getCurrentUser();
  if (!admin || !can(admin, "manage", "staff")) notFound();

  const t = await getTranslations();
  const values = keepValues(formData, KEPT_FIELDS);
  const parsed = parseForm(createStaffAccountSchema, formData);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(`validation.${key}` as Parameters<typeof t>[0])]),
    );
    return { status: "error", fieldErrors, formError: parsed.hasUnexpectedFields ? t("validation.unexpectedField") : undefined, values };
  }
  try {
    const created = await createStaffAccount(admin, parsed.data);
    revalidatePath(`/${await getLocale()}/admin`);
    return { status: "success", fieldErrors: {}, message: t("admin.created", { name: created.fullName }), values: {} };
  } catch (error) {
    if (isAppError(error, "CONFLICT")) return { status: "error", fieldErrors: { iin: t("validation.iinTaken") }, values };
    throw error;
  }
}
