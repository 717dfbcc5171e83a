"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { keepValues, type FormState } from "@/lib/forms/form-state";
import { formDataToRecord } from "@/lib/forms/parse-form";
import { signIn } from "../auth";
import { SIGN_IN_LIMITS } from "../authorize-credentials";
import { HOME_PATH_BY_ROLE } from "../roles";
import { safeNextPath } from "../safe-next-path";

// Like every form, refused whole when it carries a field the sign-in page does not have.
const SIGN_IN_FIELDS: ReadonlySet<string> = new Set(["iin", "password", "next"]);

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations();
  const locale = await getLocale();
  const iin = String(formData.get("iin") ?? "").replace(/\s+/g, "");
  const password = String(formData.get("password") ?? "");
  const values = keepValues(formData, ["iin"]);
  if (Object.keys(formDataToRecord(formData)).some((field) => !SIGN_IN_FIELDS.has(field))) {
    return { status: "error", fieldErrors: {}, formError: t("validation.unexpectedField"), values };
  }
  try {
    await signIn("credentials", { iin, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = (error as { code?: string }).code === "throttled";
      const minutes = Math.ceil(SIGN_IN_LIMITS.perAccount.windowSeconds / 60);
      return {
        status: "error",
        fieldErrors: {},
        formError: throttled ? t("signIn.throttled", { minutes }) : t("signIn.invalid"),
        values,
      };
    }
    throw error;
  }
  const user = await db.user.findUnique({ where: { iin }, select: { role: true } });
  const next = safeNextPath(formData.get("next"));
  redirect(`/${locale}${next ?? HOME_PATH_BY_ROLE[user?.role ?? "CITIZEN"]}`);
}
