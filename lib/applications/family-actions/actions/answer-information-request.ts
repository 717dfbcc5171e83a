"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";
import { invalidFormState, refusedFormState } from "../action-result";
import { answerInformationRequest, answerInformationRequestSchema } from "../answer-information-request";

export async function answerInformationRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Who is asking comes first: anyone else learns nothing, not even validation messages.
  const user = await getCurrentUser();
  if (!user || !can(user, "update", "application")) notFound();

  const locale = await getLocale();
  const values = keepValues(formData, ["message"]);
  const parsed = parseForm(answerInformationRequestSchema, formData);
  if (!parsed.ok) return invalidFormState(parsed, values);
  const path = `/${locale}/applications/${parsed.data.applicationId}`;
  try {
    await answerInformationRequest(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    const refused = await refusedFormState(error, values);
    if (!refused) throw error;
    revalidatePath(path, "layout");
    return refused;
  }
  revalidatePath(path, "layout");
  redirect(`${path}?done=answered`);
}
