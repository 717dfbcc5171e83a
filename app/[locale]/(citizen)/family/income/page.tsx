import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { otherIncomeFormText } from "@/components/family/form-text";
import { OtherIncomeForm } from "@/components/family/other-income-form";
import { ProfilePage } from "@/components/family/profile-page";
import { loadForPage } from "@/lib/auth/page-access";
import { updateOtherIncomeAction } from "@/lib/families/actions/family-actions";
import { getOwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("income.title") };
}

export default async function OtherIncomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const { family } = await loadForPage(locale, "/family/income", getOwnFamilyOverview);
  if (!family) notFound();
  return (
    <ProfilePage title={t("income.title")} lead={t("income.lead")}>
      <OtherIncomeForm action={updateOtherIncomeAction} stored={String(family.otherMonthlyIncomeTenge)} text={await otherIncomeFormText()} />
    </ProfilePage>
  );
}
