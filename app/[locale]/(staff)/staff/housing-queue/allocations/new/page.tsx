import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AllocationForm } from "@/components/housing-queue/allocation-form";
import { loadForPage } from "@/lib/auth/page-access";
import { assertCan } from "@/lib/auth/permissions";
import { allocationAction } from "@/lib/housing-queue/actions/allocate";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("housingAdmin.newAllocation");
  return { title: t("title") };
}

export default async function NewAllocationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Only supervisors allocate; anyone else gets the 404 page.
  await loadForPage(locale, "/staff/housing-queue/allocations/new", async (user) => assertCan(user, "manage", "housing"));
  const t = await getTranslations("housingAdmin");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/staff/housing-queue/allocations" className="inline-block py-1 text-blue-800 underline">
          {t("newAllocation.back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("newAllocation.title")}</h1>
        <p className="max-w-3xl text-lg">{t("newAllocation.lead")}</p>
      </div>
      <AllocationForm
        action={allocationAction}
        text={{
          summaryTitle: t("summaryTitle"),
          required: t("required"),
          titleLabel: t("newAllocation.titleLabel"),
          titleHint: t("newAllocation.titleHint"),
          flatsLabel: t("newAllocation.flatsLabel"),
          reserveLabel: t("newAllocation.reserveLabel"),
          reserveHint: t("newAllocation.reserveHint"),
          reasonLabel: t("newAllocation.reasonLabel"),
          reasonHint: t("newAllocation.reasonHint"),
          previewSubmit: t("newAllocation.previewSubmit"),
          previewHeading: t("newAllocation.previewHeading"),
          previewLead: t.raw("newAllocation.previewLead") as string,
          flatsCaption: t("newAllocation.flatsCaption"),
          reserveCaption: t("newAllocation.reserveCaption"),
          reserveEmpty: t("newAllocation.reserveEmpty"),
          confirmLead: t("newAllocation.confirmLead"),
          confirmSubmit: t("newAllocation.confirmSubmit"),
          colRank: t("newAllocation.colRank"),
          colName: t("colName"),
          colDistrict: t("colDistrict"),
          colCategory: t("colCategory"),
          colRegistered: t("colRegistered"),
        }}
      />
    </div>
  );
}
