import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { listAllocations } from "@/lib/housing-queue/list-allocations";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("housingAdmin.allocations");
  return { title: t("title") };
}

export default async function AllocationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const { allocations, mayManage } = await loadForPage(locale, "/staff/housing-queue/allocations", async (user) => ({
    allocations: await listAllocations(user),
    mayManage: can(user, "manage", "housing"),
  }));
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/staff/housing-queue" className="inline-block py-1 text-blue-800 underline">
          {t("housingAdmin.allocations.back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("housingAdmin.allocations.title")}</h1>
        <p className="text-lg">{t("housingAdmin.allocations.lead")}</p>
        {mayManage ? (
          <Link href="/staff/housing-queue/allocations/new" className="inline-block min-h-11 rounded bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
            {t("housingAdmin.newAllocationLink")}
          </Link>
        ) : null}
      </div>
      {allocations.length ? (
        <Table
          caption={t("housingAdmin.allocations.caption")}
          headers={[t("housingAdmin.allocations.colTitle"), t("housingAdmin.allocations.colFlats"), t("housingAdmin.allocations.colReserve"), t("housingAdmin.allocations.colDate"), t("housingAdmin.allocations.colBy")]}
          numericColumns={[1, 2]}
          rows={allocations.map((allocation) => [
            <Link key={allocation.id} href={`/staff/housing-queue/allocations/${encodeURIComponent(allocation.id)}`} className="font-semibold text-blue-800 underline">
              {allocation.title}
            </Link>,
            formatNumber(locale, allocation.flats),
            formatNumber(locale, allocation.reserveSize),
            formatDateTime(locale, allocation.createdAt),
            allocation.createdBy?.fullName ?? "—",
          ])}
        />
      ) : (
        <p>{t("housingAdmin.allocations.empty")}</p>
      )}
    </div>
  );
}
