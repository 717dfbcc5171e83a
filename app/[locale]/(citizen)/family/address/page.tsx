import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FamilyAddressForm } from "@/components/family/family-address-form";
import { familyAddressFormText } from "@/components/family/form-text";
import { ProfilePage } from "@/components/family/profile-page";
import { loadForPage } from "@/lib/auth/page-access";
import { updateAddressAction } from "@/lib/families/actions/family-actions";
import { getOwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("address.title") };
}

export default async function FamilyAddressPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("profile");
  const { family } = await loadForPage(locale, "/family/address", getOwnFamilyOverview);
  if (!family) notFound();
  return (
    <ProfilePage title={t("address.title")}>
      <FamilyAddressForm action={updateAddressAction} stored={{ district: family.district, address: family.address ?? "" }} text={await familyAddressFormText(t("save"))} />
    </ProfilePage>
  );
}
