"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { redirect } from "@/lib/i18n/navigation";
import { declineFlat } from "../decline-flat";
import { declineFlatSchema } from "../entry-change-schemas";
import { translateFieldErrors } from "./translate-errors";

export async function declineFlatAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "manage", "housing")) notFound();

  const t = await getTranslations("housingAdmin");
  const values = keepValues(formData, ["reason"]);
  const parsed = parseForm(declineFlatSchema, formData);
  if (!parsed.ok) {
    return { status: "error", fieldErrors: await translateFieldErrors(parsed.fieldErrors), formError: parsed.hasUnexpectedFields ? t("errors.unexpectedField") : undefined, values };
  }
  const path = `/staff/housing-queue/allocations/${encodeURIComponent(parsed.data.allocationId)}`;
  let promoted: boolean;
  try {
    promoted = (await declineFlat(user, parsed.data)).promotedEntryId !== null;
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "CONFLICT")) {
      revalidatePath(`/${await getLocale()}${path}`);
      return { status: "error", fieldErrors: {}, formError: t(error.detail === "stale" ? "errors.stale" : "errors.wrongState"), values };
    }
    throw error;
  }
  revalidatePath(`/${await getLocale()}/staff/housing-queue`, "layout");
  return redirect(`${path}?done=${promoted ? "declined" : "declined-no-reserve"}`);
}
