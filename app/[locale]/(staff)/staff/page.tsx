import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { countApplicationsInScope } from "@/lib/applications/count-applications-in-scope";
import { loadForPage } from "@/lib/auth/page-access";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("title") };
}

export default async function StaffOverviewPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const counts = await loadForPage(locale, "/staff", countApplicationsInScope);
  const total = counts.byStatus.reduce((sum, row) => sum + row.count, 0);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("staff.title")}</h1>
        <p className="mt-2 text-lg">
          {counts.district ? t("staff.scopeDistrict", { district: t(`districts.${counts.district}`) }) : t("staff.scopeCity")}
        </p>
      </div>
      <Table
        caption={t("staff.byStatusHeading")}
        headers={[t("staff.status"), t("staff.count")]}
        numericColumns={[1]}
        rows={[
          ...counts.byStatus.map((row) => [t(`statuses.${row.status}`), row.count]),
          [<strong key="total">{t("staff.total")}</strong>, <strong key="sum">{total}</strong>],
        ]}
      />
      <Table
        caption={t("staff.byMeasureHeading")}
        headers={[t("staff.measure"), t("staff.count")]}
        numericColumns={[1]}
        rows={counts.openByMeasure.map((row) => [t(`measures.${row.measure}`), row.count])}
      />
    </div>
  );
}
