import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { VerifyForm } from "./verify-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  return { title: t("title") };
}

export default async function VerifyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const text = {
    summaryTitle: t("errors.summaryTitle"),
    required: t("common.required"),
    codeLabel: t("certificates.verify.codeLabel"),
    codeHint: t("certificates.verify.codeHint"),
    submit: t("certificates.verify.submit"),
  };
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("certificates.verify.title")}</h1>
      <p className="text-lg">{t("certificates.verify.lead")}</p>
      <VerifyForm text={text} />
    </div>
  );
}
