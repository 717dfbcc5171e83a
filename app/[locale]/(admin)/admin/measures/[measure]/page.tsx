import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { availabilityText } from "@/components/measures-catalog/availability-text";
import { MeasureSettingForm } from "@/components/measures-catalog/measure-setting-form";
import { measureFromSlug } from "@/lib/applications/flows/measure-slug";
import { loadForPage } from "@/lib/auth/page-access";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { getMeasureSetting } from "@/lib/measures-catalog/list-measure-settings";
import { MeasureStatus } from "@/prisma/generated/enums";

interface Props {
  params: Promise<{ locale: Locale; measure: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const measure = measureFromSlug((await params).measure);
  const t = await getTranslations();
  return { title: measure ? t("catalog.editTitle", { measure: t(`measures.${measure}`) }) : t("catalog.title") };
}

export default async function MeasureSettingPage({ params }: Props) {
  const { locale, measure: slug } = await params;
  setRequestLocale(locale);
  const measure = measureFromSlug(slug);
  if (!measure) notFound();
  const setting = await loadForPage(locale, `/admin/measures/${slug}`, (user) => getMeasureSetting(user, measure, { now: new Date() }));
  const t = await getTranslations();
  const catalog = await getTranslations("catalog");
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/admin/measures" className="underline">
          {catalog("backToList")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{catalog("editTitle", { measure: t(`measures.${measure}`) })}</h1>
      <p className="font-semibold">{availabilityText(catalog, locale, setting.availability)}</p>
      <p>
        {setting.updatedAt
          ? catalog("lastChanged", { date: formatDate(locale, setting.updatedAt), name: setting.updatedByName ?? "—" })
          : catalog("neverChanged")}
      </p>
      <MeasureSettingForm
        measure={measure}
        initial={{
          status: setting.status,
          windowStartsOn: setting.windowStartsOn ?? "",
          windowEndsOn: setting.windowEndsOn ?? "",
          quota: setting.quota === null ? "" : String(setting.quota),
          noticeKk: setting.noticeKk ?? "",
          noticeRu: setting.noticeRu ?? "",
          noticeEn: setting.noticeEn ?? "",
        }}
        text={{
          summaryTitle: t("errors.summaryTitle"),
          statusLabel: catalog("statusLabel"),
          statusHint: catalog("statusHint"),
          statuses: Object.values(MeasureStatus).map((status) => ({ value: status, label: catalog(`statuses.${status}`) })),
          windowLegend: catalog("windowLegend"),
          windowHint: catalog("windowHint"),
          windowStartsOnLabel: catalog("windowStartsOnLabel"),
          windowEndsOnLabel: catalog("windowEndsOnLabel"),
          quotaLabel: catalog("quotaLabel"),
          quotaHint: catalog("quotaHint"),
          noticeLegend: catalog("noticeLegend"),
          noticeHint: catalog("noticeHint"),
          noticeKkLabel: catalog("noticeKkLabel"),
          noticeRuLabel: catalog("noticeRuLabel"),
          noticeEnLabel: catalog("noticeEnLabel"),
          submit: catalog("submit"),
        }}
      />
    </div>
  );
}
