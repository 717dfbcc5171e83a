// The family profile on "My family": each part with a link to the page that changes it.
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { OwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import { formatDate, formatTenge } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

// `relative` keeps the visually hidden part inside the link, so it never widens the page.
const LINK = "relative inline-block min-h-6 py-1 text-blue-800 underline";

function ChangeLink({ href, label, what }: { href: string; label: string; what: string }) {
  return (
    <Link href={href} className={LINK}>
      {label}
      <span className="sr-only"> {what}</span>
    </Link>
  );
}

function Section({ id, title, change, children }: { id: string; title: string; change: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="max-w-3xl space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6">
        <h2 id={id} className="text-2xl font-bold">
          {title}
        </h2>
        {change}
      </div>
      {children}
    </section>
  );
}

export async function FamilyProfileSummary({ locale, family }: { locale: Locale; family: NonNullable<OwnFamilyOverview["family"]> }) {
  const t = await getTranslations();
  const housing = family.housing;
  const yesNo = (value: boolean) => (value ? t("common.yes") : t("common.no"));
  return (
    <>
      <p>
        <Link href="/family/eligibility" className="inline-block min-h-11 rounded bg-emerald-800 px-4 py-2 font-semibold text-white no-underline hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
          {t("family.eligibilityLink")}
        </Link>
      </p>

      <Section id="household-heading" title={t("family.householdHeading")} change={<ChangeLink href="/family/address" label={t("family.change")} what={t("family.householdHeading")} />}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("family.districtLabel")}</dt>
          <dd>{t(`districts.${family.district}`)}</dd>
          <dt className="font-semibold">{t("family.addressLabel")}</dt>
          <dd>{family.address ?? t("family.noAddress")}</dd>
        </dl>
      </Section>

      <div className="space-y-3">
        {family.members.length ? (
          <Table
            caption={t("family.membersHeading")}
            headers={[t("family.memberName"), t("family.memberRole"), t("family.memberBirthDate"), t("family.memberIncome"), t("family.membersActions")]}
            numericColumns={[3]}
            rows={family.members.map((member) => [
              member.fullName,
              member.relation ? `${t(`memberRoles.${member.role}`)} (${member.relation})` : t(`memberRoles.${member.role}`),
              formatDate(locale, member.birthDate),
              formatTenge(locale, member.monthlyIncomeTenge),
              <ChangeLink key="edit" href={`/family/members/${member.id}`} label={t("family.edit")} what={member.fullName} />,
            ])}
          />
        ) : (
          <p className="border-l-4 border-blue-800 bg-blue-50 p-4">{t("family.noMembers")}</p>
        )}
        <Link href="/family/members/new" className="inline-block min-h-11 rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 no-underline hover:bg-slate-300 focus:outline-none focus:ring-4 focus:ring-amber-400">
          {t("family.addMember")}
        </Link>
      </div>

      <Section id="income-heading" title={t("family.incomeHeading")} change={<ChangeLink href="/family/income" label={t("family.change")} what={t("family.incomeHeading")} />}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("family.otherIncomeLabel")}</dt>
          <dd className="tabular-nums">{formatTenge(locale, family.otherMonthlyIncomeTenge)}</dd>
        </dl>
      </Section>

      <Section id="housing-heading" title={t("family.housingHeading")} change={<ChangeLink href="/family/housing" label={t("family.change")} what={t("family.housingHeading")} />}>
        {housing ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            <dt className="font-semibold">{t("family.inHousingQueue")}</dt>
            <dd>{yesNo(housing.inHousingQueue)}</dd>
            <dt className="font-semibold">{t("family.ownsHome")}</dt>
            <dd>{yesNo(housing.ownsHome)}</dd>
            <dt className="font-semibold">{t("family.savings")}</dt>
            <dd className="tabular-nums">{formatTenge(locale, housing.savingsTenge)}</dd>
            <dt className="font-semibold">{t("family.apartmentPrice")}</dt>
            <dd className="tabular-nums">{housing.apartmentPriceTenge === null ? t("family.notGiven") : formatTenge(locale, housing.apartmentPriceTenge)}</dd>
          </dl>
        ) : (
          <p>{t("family.housingNotGiven")}</p>
        )}
      </Section>

      <Section id="situation-heading" title={t("family.situationHeading")} change={<ChangeLink href="/family/situation" label={t("family.change")} what={t("family.situationHeading")} />}>
        <p className="whitespace-pre-line">{family.difficultLifeSituation ?? t("family.situationNone")}</p>
      </Section>
    </>
  );
}
