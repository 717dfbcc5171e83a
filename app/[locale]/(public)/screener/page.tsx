import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScreenerForm } from "@/components/screener/screener-form";
import { loadScreenerText } from "@/components/screener/screener-text";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("screener");
  return { title: t("title") };
}

export default async function ScreenerPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("screener");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <ScreenerForm text={await loadScreenerText()} />
    </div>
  );
}
