"use server";

// The /verify form's action: the typed code (or pasted link) crosses the schema once, then
// the visitor goes to /verify/<token>, the same page the QR code opens. No session needed;
// the lookup itself (and its throttling) happens on that page.
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { verificationCodeSchema } from "@/lib/certificates/verification-token";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { parseForm } from "@/lib/forms/parse-form";

export async function checkCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("certificates.verify.errors");
  const values = keepValues(formData, ["code"]);
  const parsed = parseForm(verificationCodeSchema, formData);
  if (!parsed.ok) {
    return {
      status: "error",
      fieldErrors: Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(key as Parameters<typeof t>[0])])),
      formError: parsed.hasUnexpectedFields ? t("unexpectedField") : undefined,
      values,
    };
  }
  redirect(`/${await getLocale()}/verify/${parsed.data.code}`);
}
