import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { EntryActions } from "@/components/housing-queue/entry-actions";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { knownEventKind } from "@/lib/housing-queue/event-kinds";
import { getQueueEntry } from "@/lib/housing-queue/get-queue-entry";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

const DONE = ["category", "removed", "restored"] as const;
const ACTIONS = ["category", "remove", "restore"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("housingAdmin");
  return { title: t("title") };
}

export default async function HousingQueueEntryPage({ params, searchParams }: {
  params: Promise<{ locale: Locale; entryId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, entryId } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const t = await getTranslations();
  const { entry, mayManage } = await loadForPage(locale, `/staff/housing-queue/${encodeURIComponent(entryId)}`, async (user) => ({
    entry: await getQueueEntry(user, entryId),
    mayManage: can(user, "manage", "housing"),
  }));
  const done = DONE.find((value) => value === search.done);
  const action = ACTIONS.find((value) => value === search.action);
  const family = entry.family;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/staff/housing-queue" className="inline-block py-1 text-blue-800 underline">
          {t("housingAdmin.entry.back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("housingAdmin.entry.title", { name: family.applicant.fullName })}</h1>
      </div>
      {done ? (
        <Alert tone="success" live>
          {t(`housingAdmin.entry.done.${done}`)}
        </Alert>
      ) : null}
      <section aria-labelledby="summary-heading" className="space-y-2">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("housingAdmin.entry.summaryHeading")}
        </h2>
        <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("housingAdmin.entry.position")}</dt>
          <dd className="text-2xl font-bold">{entry.position !== null ? formatNumber(locale, entry.position) : t("housingAdmin.entry.positionNone")}</dd>
          <dt className="font-semibold">{t("housingAdmin.entry.status")}</dt>
          <dd>{t(`applications.housingQueue.statuses.${entry.status}`)}</dd>
          <dt className="font-semibold">{t("housingAdmin.entry.category")}</dt>
          <dd>{t(`applications.housingQueue.categories.${entry.category}`)}</dd>
          <dt className="font-semibold">{t("housingAdmin.entry.registeredAt")}</dt>
          <dd>{formatDate(locale, entry.registeredAt)}</dd>
          <dt className="font-semibold">{t("housingAdmin.entry.applicant")}</dt>
          <dd>{family.applicant.fullName}</dd>
          <dt className="font-semibold">{t("housingAdmin.entry.district")}</dt>
          <dd>{t(`districts.${family.district}`)}</dd>
          <dt className="font-semibold">{t("housingAdmin.entry.members")}</dt>
          <dd>{formatNumber(locale, family._count.members)}</dd>
          <dt className="font-semibold">{t("housingAdmin.entry.applications")}</dt>
          <dd>
            {family.applications.length ? (
              <ul>
                {family.applications.map((application) => (
                  <li key={application.id}>
                    <Link href={`/staff/applications/${encodeURIComponent(application.id)}`} className="text-blue-800 underline">
                      {application.reference}
                    </Link>{" "}
                    — {t(`measures.${application.measure}`)}, {t(`statuses.${application.status}`)}
                  </li>
                ))}
              </ul>
            ) : (
              t("housingAdmin.entry.noApplications")
            )}
          </dd>
        </dl>
      </section>
      <EntryActions entry={entry} mayManage={mayManage} action={action} />
      {entry.allocationItems.length ? (
        <Table
          caption={t("housingAdmin.entry.allocationsCaption")}
          headers={[t("housingAdmin.entry.allocationTitle"), t("housingAdmin.entry.allocationRole"), t("housingAdmin.entry.allocationRank"), t("housingAdmin.entry.allocationDate")]}
          numericColumns={[2]}
          rows={entry.allocationItems.map((item) => [
            <Link key={item.allocation.id} href={`/staff/housing-queue/allocations/${encodeURIComponent(item.allocation.id)}`} className="text-blue-800 underline">
              {item.allocation.title}
            </Link>,
            t(`housingAdmin.roles.${item.role}`),
            formatNumber(locale, item.rank),
            formatDateTime(locale, item.allocation.createdAt),
          ])}
        />
      ) : null}
      <Table
        caption={t("housingAdmin.entry.historyCaption")}
        headers={[t("housingAdmin.entry.historyDate"), t("housingAdmin.entry.historyEvent"), t("housingAdmin.entry.historyPosition"), t("housingAdmin.entry.historyBy"), t("housingAdmin.entry.historyReason")]}
        numericColumns={[2]}
        rows={entry.events.map((event) => [
          formatDateTime(locale, event.createdAt),
          t(`applications.housingQueue.eventKinds.${knownEventKind(event.kind)}`),
          event.position !== null ? formatNumber(locale, event.position) : "—",
          event.actor?.fullName ?? t("housingAdmin.entry.bySystem"),
          event.note ?? "",
        ])}
      />
    </div>
  );
}
