// The one path every family action on an application takes (answer, appeal, withdraw):
// who is asking first, then the strict form schema, then the change, then back to the
// application page with a notice — or the form again with what was typed kept.
import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { invalidFormState, refusedFormState } from "./action-result";

export interface FamilyActionOptions<Input extends { applicationId: string }> {
  schema: z.ZodType<Input>;
  /** Typed fields given back to the form when it is shown again. */
  keptFields: readonly string[];
  run: (user: CurrentUser, input: Input) => Promise<unknown>;
  /** The notice shown on the application page afterwards (`?done=…`). */
  done: string;
}

export async function runFamilyAction<Input extends { applicationId: string }>(
  formData: FormData,
  options: FamilyActionOptions<Input>,
): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "update", "application")) notFound();

  const locale = await getLocale();
  const values = keepValues(formData, options.keptFields);
  const parsed = parseForm(options.schema, formData);
  if (!parsed.ok) return invalidFormState(parsed, values);
  const path = `/${locale}/applications/${parsed.data.applicationId}`;
  try {
    await options.run(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    const refused = await refusedFormState(error, values);
    if (!refused) throw error;
    revalidatePath(path, "layout");
    return refused;
  }
  revalidatePath(path, "layout");
  redirect(`${path}?done=${options.done}`);
}
