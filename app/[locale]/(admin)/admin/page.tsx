import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { Link } from "@/lib/i18n/navigation";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { District } from "@/prisma/generated/enums";
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
  const formText = {
    summaryTitle: t("errors.summaryTitle"),
    required: t("common.required"),
    fullNameLabel: t("admin.fullNameLabel"),
    iinLabel: t("admin.iinLabel"),
    phoneLabel: t("admin.phoneLabel"),
    phoneHint: t("register.phoneHint"),
    roleLabel: t("admin.roleLabel"),
    chooseRole: t("admin.chooseRole"),
    districtLabel: t("admin.districtLabel"),
    districtHint: t("admin.districtHint"),
    noDistrict: t("admin.noDistrict"),
    passwordLabel: t("admin.passwordLabel"),
    passwordHint: t("register.passwordHint"),
    submit: t("admin.submit"),
    roles: STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
    districts: Object.values(District).map((district) => ({ value: district, label: t(`districts.${district}`) })),
  };
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/admin/audit" className="underline">
              {t("admin.auditTitle")}
            </Link>
          </li>
          <li>
            <Link href="/admin/rules" className="underline">
              {t("nav.rules")}
            </Link>
          </li>
          <li>
            <Link href="/admin/measures" className="underline">
              {t("catalog.title")}
            </Link>
          </li>
        </ul>
      </div>
      <Table
        caption={t("admin.staffHeading")}
        headers={[t("admin.fullNameLabel"), t("admin.roleLabel"), t("admin.districtLabel"), t("admin.statusLabel")]}
        rows={staff.map((member) => [
          <Link key="name" href={`/admin/staff/${member.id}`} className="underline">
            {member.fullName}
          </Link>,
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
        <CreateStaffForm text={formText} />
      </section>
    </div>
  );
}
