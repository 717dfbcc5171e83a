// The family under review: its facts, its housing and its members (IINs masked).
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ApplicationReview } from "@/lib/review/get-application-review";

const FLAGS = ["employed", "fullTimeStudent", "excellentStudent", "disability", "homeSchooled"] as const;

export async function FamilySection({ locale, family }: { locale: Locale; family: ApplicationReview["family"] }) {
  const t = await getTranslations();
  const yesNo = (value: boolean) => (value ? t("review.family.yes") : t("review.family.no"));
  return (
    <section aria-labelledby="family-heading" className="space-y-4">
      <h2 id="family-heading" className="text-2xl font-bold">
        {t("review.family.heading")}
      </h2>
      <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("review.family.applicant")}</dt>
        <dd>{family.applicantName}</dd>
        <dt className="font-semibold">{t("review.summary.district")}</dt>
        <dd>{t(`districts.${family.district}`)}</dd>
        <dt className="font-semibold">{t("review.family.address")}</dt>
        <dd className="break-words">{family.address ?? t("review.family.noAddress")}</dd>
        <dt className="font-semibold">{t("review.family.otherIncome")}</dt>
        <dd>{formatTenge(locale, family.otherMonthlyIncomeTenge)}</dd>
        <dt className="font-semibold">{t("review.family.situation")}</dt>
        <dd className="whitespace-pre-line break-words">{family.difficultLifeSituation ?? t("review.family.noSituation")}</dd>
      </dl>
      {family.housing ? (
        <div>
          <h3 className="text-xl font-bold">{t("review.family.housingHeading")}</h3>
          <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("review.family.inHousingQueue")}</dt>
            <dd>{yesNo(family.housing.inHousingQueue)}</dd>
            <dt className="font-semibold">{t("review.family.ownsHome")}</dt>
            <dd>{yesNo(family.housing.ownsHome)}</dd>
            <dt className="font-semibold">{t("review.family.savings")}</dt>
            <dd>{formatTenge(locale, family.housing.savingsTenge)}</dd>
            <dt className="font-semibold">{t("review.family.apartmentPrice")}</dt>
            <dd>{family.housing.apartmentPriceTenge === null ? t("review.family.notGiven") : formatTenge(locale, family.housing.apartmentPriceTenge)}</dd>
          </dl>
        </div>
      ) : null}
      <Table
        caption={t("review.family.membersCaption")}
        headers={[t("review.family.name"), t("review.family.role"), t("review.family.iin"), t("review.family.age"), t("review.family.income"), t("review.family.details")]}
        numericColumns={[3, 4]}
        rows={family.members.map((member) => [
          <span key="name">
            {member.fullName}
            {member.isApplicationSubject ? <strong className="block text-sm">({t("review.family.subject")})</strong> : null}
          </span>,
          member.relation ? `${t(`memberRoles.${member.role}`)} (${member.relation})` : t(`memberRoles.${member.role}`),
          <span key="iin" className="whitespace-nowrap font-mono">{member.iinMasked}</span>,
          member.age,
          formatTenge(locale, member.monthlyIncomeTenge),
          [t(`review.family.education.${member.education}`), ...FLAGS.filter((flag) => member[flag]).map((flag) => t(`review.family.flags.${flag}`))].join(", "),
        ])}
      />
    </section>
  );
}
