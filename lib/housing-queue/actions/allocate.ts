"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { allocateFlats } from "../allocate-flats";
import type { AllocationFormState, PreviewRow } from "../allocation-form-state";
import { allocationConfirmSchema, allocationRequestSchema, type AllocationRequest } from "../allocation-schemas";
import type { AllocationCandidate } from "../pick-allocation";
import { previewAllocation } from "../preview-allocation";
import { translateFieldErrors } from "./translate-errors";

const KEPT_FIELDS = ["title", "flats", "reserveSize", "reason"] as const;

async function previewState(user: CurrentUser, request: AllocationRequest, values: Record<string, string>, replacedStale: boolean): Promise<AllocationFormState> {
  const t = await getTranslations();
  const current = await getLocale();
  const locale = isLocale(current) ? current : "ru";
  try {
    const pick = await previewAllocation(user, request);
    const row = (entry: AllocationCandidate, index: number): PreviewRow => ({
      entryId: entry.id,
      rank: index + 1,
      fullName: entry.fullName,
      district: t(`districts.${entry.district}`),
      category: t(`applications.housingQueue.categories.${entry.category}`),
      registeredAt: formatDate(locale, entry.registeredAt),
    });
    return {
      status: replacedStale ? "error" : "idle",
      fieldErrors: {},
      formError: replacedStale ? t("housingAdmin.errors.previewChanged") : undefined,
      values,
      preview: { flats: pick.flats.map(row), reserve: pick.reserve.map(row), fingerprint: pick.fingerprint, replacedStale },
    };
  } catch (error) {
    if (isAppError(error, "INVALID_INPUT")) return { status: "error", fieldErrors: { flats: t("housingAdmin.errors.notEnoughWaiting") }, values };
    throw error;
  }
}

/** Both steps of the allocation form: "preview" shows who would be chosen, "confirm" allocates. */
export async function allocationAction(_previous: AllocationFormState, formData: FormData): Promise<AllocationFormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "manage", "housing")) notFound();

  const t = await getTranslations("housingAdmin");
  const values = keepValues(formData, KEPT_FIELDS);
  const intent = formData.get("intent");
  const fields = new FormData();
  for (const [key, value] of formData.entries()) if (key !== "intent") fields.append(key, value);

  if (intent === "preview") {
    const parsed = parseForm(allocationRequestSchema, fields);
    if (!parsed.ok) return { status: "error", fieldErrors: await translateFieldErrors(parsed.fieldErrors), formError: parsed.hasUnexpectedFields ? t("errors.unexpectedField") : undefined, values };
    return previewState(user, parsed.data, values, false);
  }
  if (intent !== "confirm") return { status: "error", fieldErrors: {}, formError: t("errors.unexpectedField"), values };

  const parsed = parseForm(allocationConfirmSchema, fields);
  if (!parsed.ok) return { status: "error", fieldErrors: await translateFieldErrors(parsed.fieldErrors), formError: parsed.hasUnexpectedFields ? t("errors.unexpectedField") : undefined, values };
  let allocationId: string;
  try {
    ({ allocationId } = await allocateFlats(user, parsed.data));
  } catch (error) {
    // The queue moved since the preview: nothing was written; show the queue as it is now.
    if (isAppError(error, "CONFLICT")) return previewState(user, parsed.data, values, true);
    if (isAppError(error, "INVALID_INPUT")) return { status: "error", fieldErrors: { flats: t("errors.notEnoughWaiting") }, values };
    throw error;
  }
  revalidatePath(`/${await getLocale()}/staff/housing-queue`, "layout");
  return redirect(`/staff/housing-queue/allocations/${encodeURIComponent(allocationId)}?done=created`);
}
