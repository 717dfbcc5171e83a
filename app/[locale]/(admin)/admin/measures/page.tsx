import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { availabilityText } from "@/components/measures-catalog/availability-text";
import { Table } from "@/components/ui/table";
import { slugForMeasure } from "@/lib/applications/flows/measure-slug";
import { loadForPage } from "@/lib/auth/page-access";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listMeasureSettings } from "@/lib/measures-catalog/list-measure-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: t("title") };
}

export default async function MeasuresCatalogPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const settings = await loadForPage(locale, "/admin/measures", (user) => listMeasureSettings(user, { now: new Date() }));
  const t = await getTranslations();
  const catalog = await getTranslations("catalog");
  const civil = (isoDate: string) => formatDate(locale, new Date(`${isoDate}T00:00:00Z`));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{catalog("title")}</h1>
      <p className="max-w-3xl">{catalog("lead")}</p>
      <Table
        caption={catalog("caption")}
        headers={[catalog("measure"), catalog("status"), catalog("window"), catalog("quota"), catalog("today")]}
        rows={settings.map((setting) => [
          <Link key="measure" href={`/admin/measures/${slugForMeasure(setting.measure)}`} className="inline-block min-h-6 underline" aria-label={catalog("editFor", { measure: t(`measures.${setting.measure}`) })}>
            {t(`measures.${setting.measure}`)}
          </Link>,
          catalog(`statuses.${setting.status}`),
          setting.windowStartsOn && setting.windowEndsOn ? catalog("windowRange", { from: civil(setting.windowStartsOn), to: civil(setting.windowEndsOn) }) : catalog("noWindow"),
          setting.quota ?? catalog("noQuota"),
          availabilityText(catalog, locale, setting.availability),
        ])}
      />
    </div>
  );
}
