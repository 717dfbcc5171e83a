import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import type { Locale } from "@/lib/i18n/locales";
import { listStaffAccounts } from "@/lib/staff/list-staff-accounts";
import { CreateStaffForm } from "./create-staff-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const staff = await loadForPage(locale, "/admin", listStaffAccounts);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
      <Table
        caption={t("admin.staffHeading")}
        headers={[t("admin.fullNameLabel"), t("admin.roleLabel"), t("admin.districtLabel"), t("admin.statusLabel")]}
        rows={staff.map((member) => [
          member.fullName,
          t(`roles.${member.role}`),
          member.district ? t(`districts.${member.district}`) : t("admin.noDistrict"),
          member.disabledAt ? t("admin.disabled") : t("admin.active"),
        ])}
      />
      <section aria-labelledby="create-staff-heading" className="max-w-xl space-y-4">
        <h2 id="create-staff-heading" className="text-2xl font-bold">
          {t("admin.createStaffHeading")}
        </h2>
        <p>{t("admin.createStaffLead")}</p>
        <CreateStaffForm />
      </section>
    </div>
  );
}
