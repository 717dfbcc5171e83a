import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { situationFormText } from "@/components/family/form-text";
import { ProfilePage } from "@/components/family/profile-page";
import { SituationForm } from "@/components/family/situation-form";
import { loadForPage } from "@/lib/auth/page-access";
import { updateSituationAction } from "@/lib/families/actions/family-actions";
import { getOwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("situation.title") };
}

export default async function SituationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const { family } = await loadForPage(locale, "/family/situation", getOwnFamilyOverview);
  if (!family) notFound();
  return (
    <ProfilePage title={t("situation.title")} lead={t("situation.lead")}>
      <SituationForm action={updateSituationAction} stored={family.difficultLifeSituation ?? ""} text={await situationFormText()} />
    </ProfilePage>
  );
}
