import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  return { title: t("title") };
}

export default async function RegisterPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const common = await getTranslations("common");
  const errors = await getTranslations("errors");
  const text = {
    summaryTitle: errors("summaryTitle"),
    required: common("required"),
    fullNameLabel: t("fullNameLabel"),
    fullNameHint: t("fullNameHint"),
    iinLabel: t("iinLabel"),
    iinHint: t("iinHint"),
    phoneLabel: t("phoneLabel"),
    phoneHint: t("phoneHint"),
    passwordLabel: t("passwordLabel"),
    passwordHint: t("passwordHint"),
    passwordConfirmLabel: t("passwordConfirmLabel"),
    submit: t("submit"),
  };
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <RegisterForm text={text} />
      <p>
        {t("haveAccount")} <Link href="/sign-in">{t("signInLink")}</Link>
      </p>
    </div>
  );
}
