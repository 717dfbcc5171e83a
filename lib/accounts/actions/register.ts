"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { isAppError } from "@/lib/errors/app-error";
import { parseForm } from "@/lib/forms/parse-form";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { registerCitizen, registerCitizenSchema } from "../register-citizen";

const KEPT_FIELDS = ["fullName", "iin", "phone"] as const;

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("validation");
  const locale = await getLocale();
  formData.set("locale", locale);
  const values = keepValues(formData, KEPT_FIELDS);
  const parsed = parseForm(registerCitizenSchema, formData);
  if (!parsed.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(key as Parameters<typeof t>[0])]),
    );
    return {
      status: "error",
      fieldErrors,
      formError: parsed.hasUnexpectedFields ? t("unexpectedField") : undefined,
      values,
    };
  }
  try {
    await registerCitizen(parsed.data);
  } catch (error) {
    if (isAppError(error, "CONFLICT")) return { status: "error", fieldErrors: { iin: t("iinTaken") }, values };
    throw error;
  }
  await signIn("credentials", { iin: parsed.data.iin, password: parsed.data.password, redirect: false });
  redirect(`/${locale}/family`);
}
