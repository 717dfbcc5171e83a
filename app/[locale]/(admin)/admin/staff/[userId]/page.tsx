import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffAccessForm } from "@/components/staff-accounts/staff-access-form";
import { StaffDisableForm } from "@/components/staff-accounts/staff-disable-form";
import { StaffPasswordResetForm } from "@/components/staff-accounts/staff-password-reset-form";
import { Alert } from "@/components/ui/alert";
import { loadForPage } from "@/lib/auth/page-access";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { getStaffAccount } from "@/lib/staff/get-staff-account";
import { District } from "@/prisma/generated/enums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("accountTitle") };
}

export default async function StaffAccountPage({ params }: { params: Promise<{ locale: Locale; userId: string }> }) {
  const { locale, userId } = await params;
  setRequestLocale(locale);
  const account = await loadForPage(locale, `/admin/staff/${userId}`, (user) => getStaffAccount(user, userId));
  const t = await getTranslations();
  const summaryTitle = t("errors.summaryTitle");
  const facts: [string, string][] = [
    [t("admin.roleLabel"), t(`roles.${account.role}`)],
    [t("admin.districtLabel"), account.district ? t(`districts.${account.district}`) : t("admin.noDistrict")],
    [t("admin.statusLabel"), account.disabledAt ? t("admin.disabledSince", { date: formatDate(locale, account.disabledAt) }) : t("admin.active")],
    [t("admin.createdLabel"), account.createdBy ? t("admin.createdBy", { date: formatDate(locale, account.createdAt), name: account.createdBy.fullName }) : formatDate(locale, account.createdAt)],
  ];
  return (
    <div className="max-w-2xl space-y-10">
      <div className="space-y-2">
        <p>
          <Link href="/admin" className="underline">
            {t("admin.backToStaff")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold break-words">{account.fullName}</h1>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {account.isSelf ? (
        <Alert title={t("admin.ownAccount")} />
      ) : (
        <>
          <section aria-labelledby="access-heading" className="space-y-4">
            <h2 id="access-heading" className="text-2xl font-bold">
              {t("admin.accessHeading")}
            </h2>
            <p>{t("admin.accessLead")}</p>
            <StaffAccessForm
              userId={account.id}
              role={account.role}
              district={account.district ?? ""}
              text={{
                summaryTitle,
                roleLabel: t("admin.roleLabel"),
                districtLabel: t("admin.districtLabel"),
                districtHint: t("admin.districtHint"),
                noDistrict: t("admin.noDistrict"),
                submit: t("admin.saveAccess"),
                roles: STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
                districts: Object.values(District).map((district) => ({ value: district, label: t(`districts.${district}`) })),
              }}
            />
          </section>
          <section aria-labelledby="password-heading" className="space-y-4">
            <h2 id="password-heading" className="text-2xl font-bold">
              {t("admin.passwordHeading")}
            </h2>
            <p>{t("admin.passwordLead")}</p>
            <StaffPasswordResetForm
              userId={account.id}
              text={{ summaryTitle, required: t("common.required"), passwordLabel: t("admin.passwordLabel"), passwordHint: t("register.passwordHint"), submit: t("admin.resetPassword") }}
            />
          </section>
          <section aria-labelledby="disable-heading" className="space-y-4">
            <h2 id="disable-heading" className="text-2xl font-bold">
              {account.disabledAt ? t("admin.enableHeading") : t("admin.disableHeading")}
            </h2>
            <p>{account.disabledAt ? t("admin.enableLead") : t("admin.disableLead")}</p>
            <StaffDisableForm userId={account.id} disable={!account.disabledAt} text={{ summaryTitle, submit: account.disabledAt ? t("admin.enable") : t("admin.disable") }} />
          </section>
        </>
      )}
    </div>
  );
}
