// The one path of the administrators' staff-account forms: who is asking first, then the
// strict schema, then the change; errors come back translated with what was typed kept.
import "server-only";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";

type AdminMessageKey = "accessSaved" | "accessUnchanged" | "disabledDone" | "enabledDone" | "passwordResetDone";

export async function runStaffAccountAction<Input extends { userId: string }>(
  formData: FormData,
  options: {
    schema: z.ZodType<Input>;
    keptFields: readonly string[];
    run: (admin: CurrentUser, input: Input) => Promise<AdminMessageKey>;
  },
): Promise<FormState> {
  const admin = await getCurrentUser();
  if (!admin || !can(admin, "manage", "staff")) notFound();

  const t = await getTranslations();
  const values = keepValues(formData, options.keptFields);
  const parsed = parseForm(options.schema, formData);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(`validation.${key}` as Parameters<typeof t>[0])]),
    );
    return { status: "error", fieldErrors, formError: parsed.hasUnexpectedFields ? t("validation.unexpectedField") : undefined, values };
  }
  try {
    const message = await options.run(admin, parsed.data);
    revalidatePath(`/${await getLocale()}/admin`, "layout");
    return { status: "success", fieldErrors: {}, message: t(`admin.${message}`), values };
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "CONFLICT") && error.detail === "own-account") return { status: "error", fieldErrors: {}, formError: t("admin.ownAccount"), values };
    throw error;
  }
}
