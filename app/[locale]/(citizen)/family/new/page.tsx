import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FamilyAddressForm } from "@/components/family/family-address-form";
import { familyAddressFormText } from "@/components/family/form-text";
import { ProfilePage } from "@/components/family/profile-page";
import { loadForPage } from "@/lib/auth/page-access";
import { createFamilyAction } from "@/lib/families/actions/family-actions";
import { getOwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("newFamily.title") };
}

export default async function NewFamilyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const { family } = await loadForPage(locale, "/family/new", getOwnFamilyOverview);
  if (family) redirect(`/${locale}/family`);
  return (
    <ProfilePage title={t("newFamily.title")} lead={t("newFamily.lead")}>
      <FamilyAddressForm action={createFamilyAction} text={await familyAddressFormText(t("newFamily.submit"))} />
    </ProfilePage>
  );
}
