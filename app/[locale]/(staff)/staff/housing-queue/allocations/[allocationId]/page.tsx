import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { EntryChangeForm } from "@/components/housing-queue/entry-change-form";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { declineFlatAction } from "@/lib/housing-queue/actions/decline-flat";
import { getAllocation, type StaffAllocation } from "@/lib/housing-queue/get-allocation";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("housingAdmin.allocations");
  return { title: t("title") };
}

export default async function AllocationPage({ params, searchParams }: {
  params: Promise<{ locale: Locale; allocationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, allocationId } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const t = await getTranslations();
  const { allocation, mayManage } = await loadForPage(locale, `/staff/housing-queue/allocations/${encodeURIComponent(allocationId)}`, async (user) => ({
    allocation: await getAllocation(user, allocationId),
    mayManage: can(user, "manage", "housing"),
  }));
  const base = `/staff/housing-queue/allocations/${encodeURIComponent(allocation.id)}`;
  // A supervisor records a refusal one family at a time (the form opens for the chosen row).
  const declining = mayManage ? allocation.flatItems.find((item) => item.entry.id === search.decline && item.entry.status === "ALLOCATED") : undefined;
  const doneMessage = search.done === "created" ? t("housingAdmin.allocation.created") : search.done === "declined" ? t("housingAdmin.allocation.declined") : search.done === "declined-no-reserve" ? t("housingAdmin.allocation.declinedNoReserve") : null;
  const headers = [t("housingAdmin.allocation.colRank"), t("housingAdmin.colName"), t("housingAdmin.colDistrict"), t("housingAdmin.colCategory"), t("housingAdmin.colRegistered"), t("housingAdmin.allocation.colStatus")];
  const rows = (items: StaffAllocation["flatItems"], withDecline = false) =>
    items.map((item) => [
      formatNumber(locale, item.rank),
      <Link key={item.entry.id} href={`/staff/housing-queue/${encodeURIComponent(item.entry.id)}`} className="font-semibold text-blue-800 underline">
        {item.entry.family.applicant.fullName}
      </Link>,
      t(`districts.${item.entry.family.district}`),
      t(`applications.housingQueue.categories.${item.entry.category}`),
      formatDate(locale, item.entry.registeredAt),
      t(`applications.housingQueue.statuses.${item.entry.status}`),
      ...(withDecline
        ? [
            item.entry.status === "ALLOCATED" ? (
              <Link key={`decline-${item.entry.id}`} href={`${base}?decline=${encodeURIComponent(item.entry.id)}#decline-heading`} className="text-blue-800 underline">
                {t("housingAdmin.allocation.declineLink", { name: item.entry.family.applicant.fullName })}
              </Link>
            ) : (
              "—"
            ),
          ]
        : []),
    ]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/staff/housing-queue/allocations" className="inline-block py-1 text-blue-800 underline">
          {t("housingAdmin.allocation.back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("housingAdmin.allocation.title", { title: allocation.title })}</h1>
      </div>
      {doneMessage ? (
        <Alert tone="success" live>
          {doneMessage}
        </Alert>
      ) : null}
      <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("housingAdmin.allocation.flats")}</dt>
        <dd>{formatNumber(locale, allocation.flats)}</dd>
        <dt className="font-semibold">{t("housingAdmin.allocation.reserve")}</dt>
        <dd>{formatNumber(locale, allocation.reserveSize)}</dd>
        <dt className="font-semibold">{t("housingAdmin.allocation.reason")}</dt>
        <dd className="whitespace-pre-line">{allocation.reason}</dd>
        <dt className="font-semibold">{t("housingAdmin.allocation.createdAt")}</dt>
        <dd>{formatDateTime(locale, allocation.createdAt)}</dd>
        <dt className="font-semibold">{t("housingAdmin.allocation.createdBy")}</dt>
        <dd>{allocation.createdBy?.fullName ?? "—"}</dd>
      </dl>
      {allocation.flatItems.length ? (
        <Table
          caption={t("housingAdmin.allocation.flatsCaption")}
          headers={mayManage ? [...headers, t("housingAdmin.allocation.colAction")] : headers}
          numericColumns={[0]}
          rows={rows(allocation.flatItems, mayManage)}
        />
      ) : null}
      {declining ? (
        <section aria-labelledby="decline-heading" className="space-y-3">
          <h2 id="decline-heading" className="text-2xl font-bold">
            {t("housingAdmin.allocation.declineHeading", { name: declining.entry.family.applicant.fullName, rank: formatNumber(locale, declining.rank) })}
          </h2>
          <p className="max-w-2xl">{t("housingAdmin.allocation.declineLead")}</p>
          <EntryChangeForm
            action={declineFlatAction}
            entryId={declining.entry.id}
            version={declining.entry.updatedAt.toISOString()}
            hidden={{ allocationId: allocation.id }}
            text={{
              summaryTitle: t("housingAdmin.summaryTitle"),
              required: t("housingAdmin.required"),
              reasonLabel: t("housingAdmin.allocation.declineReasonLabel"),
              reasonHint: t("housingAdmin.entry.reasonHint"),
              submit: t("housingAdmin.allocation.declineSubmit"),
            }}
          />
        </section>
      ) : null}
      {allocation.reserveItems.length ? (
        <Table caption={t("housingAdmin.allocation.reserveCaption")} headers={headers} numericColumns={[0]} rows={rows(allocation.reserveItems)} />
      ) : (
        <section aria-labelledby="reserve-heading">
          <h2 id="reserve-heading" className="text-lg font-bold">
            {t("housingAdmin.allocation.reserveCaption")}
          </h2>
          <p>{t("housingAdmin.allocation.empty")}</p>
        </section>
      )}
    </div>
  );
}
