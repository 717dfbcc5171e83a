"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { redirect } from "@/lib/i18n/navigation";
import { changeQueueCategory, removeFromQueue, restoreToQueue, type EntryChangeResult } from "../change-queue-entry";
import { changeCategorySchema, removeEntrySchema, restoreEntrySchema } from "../entry-change-schemas";
import { translateFieldErrors } from "./translate-errors";

type Done = "category" | "removed" | "restored";

async function runEntryChange<T extends { entryId: string }>(
  formData: FormData,
  schema: z.ZodType<T>,
  change: (actor: CurrentUser, input: T) => Promise<EntryChangeResult>,
  done: Done,
  keptFields: readonly string[],
): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "manage", "housing")) notFound();

  const t = await getTranslations("housingAdmin");
  const values = keepValues(formData, keptFields);
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) {
    return { status: "error", fieldErrors: await translateFieldErrors(parsed.fieldErrors), formError: parsed.hasUnexpectedFields ? t("errors.unexpectedField") : undefined, values };
  }
  const entryPath = `/staff/housing-queue/${encodeURIComponent(parsed.data.entryId)}`;
  try {
    await change(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "CONFLICT")) {
      // Show the entry as it is now; the typed reason stays in the form.
      revalidatePath(`/${await getLocale()}${entryPath}`);
      return { status: "error", fieldErrors: {}, formError: t(error.detail === "stale" ? "errors.stale" : "errors.wrongState"), values };
    }
    if (isAppError(error, "INVALID_INPUT")) return { status: "error", fieldErrors: { category: t("errors.sameCategory") }, values };
    throw error;
  }
  revalidatePath(`/${await getLocale()}/staff/housing-queue`, "layout");
  return redirect(`${entryPath}?done=${done}`);
}

export async function changeCategoryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runEntryChange(formData, changeCategorySchema, changeQueueCategory, "category", ["category", "reason"]);
}

export async function removeEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runEntryChange(formData, removeEntrySchema, removeFromQueue, "removed", ["reason"]);
}

export async function restoreEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runEntryChange(formData, restoreEntrySchema, restoreToQueue, "restored", ["reason"]);
}
