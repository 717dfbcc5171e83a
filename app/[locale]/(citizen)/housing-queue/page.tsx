import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Table } from "@/components/ui/table";
import { loadForPage } from "@/lib/auth/page-access";
import { knownEventKind } from "@/lib/housing-queue/event-kinds";
import { getOwnQueueEntry } from "@/lib/housing-queue/get-own-queue-entry";
import { QUEUE_CATEGORY_PRIORITY } from "@/lib/housing-queue/queue-order";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.housingQueue");
  return { title: t("title") };
}

export default async function HousingQueuePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const entry = await loadForPage(locale, "/housing-queue", getOwnQueueEntry);
  const eventLabel = (kind: string) => t(`applications.housingQueue.eventKinds.${knownEventKind(kind)}`);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("applications.housingQueue.title")}</h1>
      {entry ? (
        <>
          <section aria-labelledby="entry-heading" className="space-y-2">
            <h2 id="entry-heading" className="text-2xl font-bold">
              {t("applications.housingQueue.entryHeading")}
            </h2>
            <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("applications.housingQueue.position")}</dt>
              <dd className="text-2xl font-bold">{entry.position !== null ? formatNumber(locale, entry.position) : t("applications.housingQueue.positionNone")}</dd>
              <dt className="font-semibold">{t("applications.housingQueue.status")}</dt>
              <dd>{t(`applications.housingQueue.statuses.${entry.status}`)}</dd>
              <dt className="font-semibold">{t("applications.housingQueue.category")}</dt>
              <dd>{t(`applications.housingQueue.categories.${entry.category}`)}</dd>
              <dt className="font-semibold">{t("applications.housingQueue.registeredAt")}</dt>
              <dd>{formatDate(locale, entry.registeredAt)}</dd>
            </dl>
          </section>
          {entry.allocationItems.length ? (
            <section aria-labelledby="allocations-heading" className="max-w-2xl space-y-2">
              <h2 id="allocations-heading" className="text-2xl font-bold">
                {t("applications.housingQueue.allocationsHeading")}
              </h2>
              <ul className="space-y-2">
                {entry.allocationItems.map((item) => {
                  const values = { title: item.allocation.title, rank: formatNumber(locale, item.rank), date: formatDate(locale, item.allocation.createdAt) };
                  return (
                    <li key={item.allocation.id} className="border-l-4 border-emerald-800 bg-emerald-50 p-3">
                      {item.role === "FLAT" ? t("applications.housingQueue.allocationFlat", values) : t("applications.housingQueue.allocationReserve", values)}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="order-heading" className="max-w-2xl space-y-2">
            <h2 id="order-heading" className="text-2xl font-bold">
              {t("applications.housingQueue.orderHeading")}
            </h2>
            <p>{t("applications.housingQueue.orderLead")}</p>
            <ol className="list-decimal space-y-1 pl-6">
              {QUEUE_CATEGORY_PRIORITY.map((category) => (
                <li key={category}>{t(`applications.housingQueue.categories.${category}`)}</li>
              ))}
            </ol>
          </section>
          {entry.events.length ? (
            <Table
              caption={t("applications.housingQueue.historyCaption")}
              headers={[
                t("applications.housingQueue.historyDate"),
                t("applications.housingQueue.historyEvent"),
                t("applications.housingQueue.historyPosition"),
                t("applications.housingQueue.historyNote"),
              ]}
              numericColumns={[2]}
              rows={entry.events.map((event) => [
                formatDateTime(locale, event.createdAt),
                eventLabel(event.kind),
                event.position !== null ? formatNumber(locale, event.position) : "—",
                event.note ?? "",
              ])}
            />
          ) : (
            <p>{t("applications.housingQueue.historyEmpty")}</p>
          )}
        </>
      ) : (
        <section aria-labelledby="join-heading" className="max-w-2xl space-y-3">
          <h2 id="join-heading" className="text-2xl font-bold">
            {t("applications.housingQueue.notInQueueHeading")}
          </h2>
          <p>{t("applications.housingQueue.notInQueueBody")}</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>{t("applications.housingQueue.joinDocuments.identity")}</li>
            <li>{t("applications.housingQueue.joinDocuments.family")}</li>
            <li>{t("applications.housingQueue.joinDocuments.category")}</li>
            <li>{t("applications.housingQueue.joinDocuments.noHousing")}</li>
          </ul>
          <p>{t("applications.housingQueue.notInQueueAfter")}</p>
        </section>
      )}
    </div>
  );
}
