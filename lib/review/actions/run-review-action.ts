// The one path every review form takes: who is asking first (anyone without review
// rights learns nothing: 404), then the strict schema, then the change; back to the
// application page with a notice, or the form again with what was typed kept. When the
// application changed meanwhile and the form no longer applies, the page is shown afresh
// with a notice that it changed.
import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import type { ReviewAction } from "../decision-rules";
import { getAllowedActions } from "../get-allowed-actions";

export interface ReviewActionOptions<Input extends { applicationId: string }> {
  action: ReviewAction;
  schema: z.ZodType<Input, unknown>;
  keptFields: readonly string[];
  run: (user: CurrentUser, input: Input) => Promise<unknown>;
  /** The notice on the page afterwards (`?done=…`, review.done.<key>). */
  done: string;
}

const REFUSALS: Readonly<Record<string, string>> = {
  version: "changed",
  ownFamily: "ownFamily",
  firstApproverCannotConfirm: "firstApproverCannotConfirm",
  awaitingSecondApproval: "awaitingSecondApproval",
};

export async function runReviewAction<Input extends { applicationId: string }>(formData: FormData, options: ReviewActionOptions<Input>): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user || !can(user, "review", "application")) notFound();

  const t = await getTranslations();
  const locale = await getLocale();
  const values = keepValues(formData, options.keptFields);
  const parsed = parseForm(options.schema, formData);
  if (!parsed.ok) {
    const fieldErrors: Record<string, string> = {};
    let formError: string | undefined = parsed.hasUnexpectedFields ? t("validation.unexpectedField") : undefined;
    for (const [field, key] of Object.entries(parsed.fieldErrors)) {
      const message = t(`review.errors.${key}` as Parameters<typeof t>[0]);
      // Hidden fields have no visible input to point at: their problem is the form's.
      if (field === "version" || field === "applicationId") formError ??= message;
      else fieldErrors[field] = message;
    }
    return { status: "error", fieldErrors, formError, values };
  }
  const path = `/${locale}/staff/applications/${parsed.data.applicationId}`;
  try {
    await options.run(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) notFound();
    if (isAppError(error, "INVALID_INPUT") && error.detail?.includes(":")) {
      const [field, key] = error.detail.split(":") as [string, string];
      return { status: "error", fieldErrors: { [field]: t(`review.errors.${key}` as Parameters<typeof t>[0]) }, values };
    }
    if (!isAppError(error, "CONFLICT")) throw error;
    revalidatePath(path);
    const key = REFUSALS[error.detail ?? ""] ?? "notAllowed";
    const allowed = await getAllowedActions(user, parsed.data.applicationId);
    if (!allowed.has(options.action)) redirect(`${path}?notice=${key}`);
    return { status: "error", fieldErrors: {}, formError: t(`review.errors.${key}` as Parameters<typeof t>[0]), values };
  }
  revalidatePath(path);
  redirect(`${path}?done=${options.done}`);
}
