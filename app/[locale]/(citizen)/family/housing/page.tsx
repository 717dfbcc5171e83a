import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { housingFormText } from "@/components/family/form-text";
import { HousingForm } from "@/components/family/housing-form";
import { ProfilePage } from "@/components/family/profile-page";
import { loadForPage } from "@/lib/auth/page-access";
import { saveHousingAction } from "@/lib/families/actions/family-actions";
import { getOwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("housing.title") };
}

export default async function HousingPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const { family } = await loadForPage(locale, "/family/housing", getOwnFamilyOverview);
  if (!family) notFound();
  const housing = family.housing;
  return (
    <ProfilePage title={t("housing.title")} lead={t("housing.lead")}>
      <HousingForm
        action={saveHousingAction}
        text={await housingFormText()}
        stored={{
          inHousingQueue: housing?.inHousingQueue ?? false,
          ownsHome: housing?.ownsHome ?? false,
          savingsTenge: String(housing?.savingsTenge ?? 0),
          apartmentPriceTenge: housing?.apartmentPriceTenge == null ? "" : String(housing.apartmentPriceTenge),
        }}
      />
    </ProfilePage>
  );
}
