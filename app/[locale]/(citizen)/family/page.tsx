import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { getOwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("family");
  return { title: t("title") };
}

export default async function FamilyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const { account, family } = await loadForPage(locale, "/family", getOwnFamilyOverview);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("family.title")}</h1>
      <section aria-labelledby="account-heading" className="space-y-2">
        <h2 id="account-heading" className="text-2xl font-bold">
          {t("family.accountHeading")}
        </h2>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("family.nameLabel")}</dt>
          <dd>{account.fullName}</dd>
          <dt className="font-semibold">{t("family.iinLabel")}</dt>
          <dd>{account.maskedIin}</dd>
          {family ? (
            <>
              <dt className="font-semibold">{t("family.districtLabel")}</dt>
              <dd>{t(`districts.${family.district}`)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {family ? (
        <>
          <Table
            caption={t("family.membersHeading")}
            headers={[t("family.memberName"), t("family.memberRole"), t("family.memberBirthDate"), t("family.memberIncome")]}
            numericColumns={[3]}
            rows={family.members.map((member) => [
              member.fullName,
              t(`memberRoles.${member.role}`),
              formatDate(locale, member.birthDate),
              formatTenge(locale, member.monthlyIncomeTenge),
            ])}
          />
          {family.applications.length ? (
            <Table
              caption={t("family.applicationsHeading")}
              headers={[t("family.applicationReference"), t("family.applicationMeasure"), t("family.applicationStatus")]}
              rows={family.applications.map((application) => [
                application.reference,
                t(`measures.${application.measure}`),
                t(`statuses.${application.status}`),
              ])}
            />
          ) : (
            <p>{t("family.noApplications")}</p>
          )}
        </>
      ) : (
        <p className="max-w-2xl">{t("family.noFamily")}</p>
      )}
    </div>
  );
}
