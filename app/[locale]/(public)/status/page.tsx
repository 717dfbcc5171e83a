import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { StatusLookupForm } from "./status-lookup-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("statusLookup");
  return { title: t("title") };
}

export default async function StatusLookupPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const text = {
    summaryTitle: t("errors.summaryTitle"),
    required: t("common.required"),
    referenceLabel: t("statusLookup.referenceLabel"),
    referenceHint: t("statusLookup.referenceHint"),
    birthDateLabel: t("statusLookup.birthDateLabel"),
    birthDateHint: t("statusLookup.birthDateHint"),
    submit: t("statusLookup.submit"),
  };
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("statusLookup.title")}</h1>
      <p className="text-lg">{t("statusLookup.lead")}</p>
      <StatusLookupForm text={text} />
    </div>
  );
}
