// The shared path of every family-profile form: who is asking first, then the schema,
// then the data function; errors come back translated with everything typed kept, and
// success goes back to "My family" with a short notice code (never personal data).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";

/** Where a CONFLICT's detail is shown: on a field, or above the form. */
const CONFLICT_FIELDS: Record<string, string | undefined> = { iinUnavailable: "iin" };

export type DoneNotice = "family-created" | "member-added" | "member-updated" | "member-removed" | "saved";

export async function runProfileForm<T>(options: {
  formData: FormData;
  schema: z.ZodType<T>;
  fields: readonly string[];
  save: (user: CurrentUser, data: T) => Promise<unknown>;
  done: DoneNotice;
}): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "update", "family")) notFound();

  const t = await getTranslations("profile");
  const values = keepValues(options.formData, options.fields);
  const parsed = parseForm(options.schema, options.formData);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as Parameters<typeof t>[0])]),
    );
    return { status: "error", fieldErrors, formError: parsed.hasUnexpectedFields ? t("unexpectedField") : undefined, values };
  }
  try {
    await options.save(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "CONFLICT") && error.detail) {
      const message = error.detail === "familyExists" ? t("newFamily.exists") : t(`errors.${error.detail}` as Parameters<typeof t>[0]);
      const field = CONFLICT_FIELDS[error.detail];
      return field
        ? { status: "error", fieldErrors: { [field]: message }, values }
        : { status: "error", fieldErrors: {}, formError: message, values };
    }
    throw error;
  }
  redirect(`/${await getLocale()}/family?done=${options.done}`);
}
