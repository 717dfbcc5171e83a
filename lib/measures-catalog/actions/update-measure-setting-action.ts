"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { measureSettingSchema } from "../measure-setting-schema";
import { updateMeasureSetting } from "../update-measure-setting";

const KEPT_FIELDS = ["status", "windowStartsOn", "windowEndsOn", "quota", "noticeKk", "noticeRu", "noticeEn"] as const;

export async function updateMeasureSettingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const admin = await getCurrentUser();
  if (!admin || !can(admin, "edit", "rules")) notFound();

  const t = await getTranslations("catalog");
  const values = keepValues(formData, KEPT_FIELDS);
  const parsed = parseForm(measureSettingSchema, formData);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as Parameters<typeof t>[0])]));
    return { status: "error", fieldErrors, formError: parsed.hasUnexpectedFields ? t("errors.unexpectedField") : undefined, values };
  }
  const { changed } = await updateMeasureSetting(admin, parsed.data);
  // Citizens' pages read the catalog per request; the admin pages are refreshed here.
  revalidatePath("/[locale]/admin/measures", "layout");
  return { status: "success", fieldErrors: {}, message: changed ? t("saved") : t("unchanged"), values };
}
