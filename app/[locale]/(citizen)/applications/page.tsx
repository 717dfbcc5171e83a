import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import { listOwnApplications } from "@/lib/applications/family-actions/list-own-applications";
import { loadForPage } from "@/lib/auth/page-access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications");
  return { title: t("title") };
}

export default async function MyApplicationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const applications = await loadForPage(locale, "/applications", listOwnApplications);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("applications.title")}</h1>
      <p className="max-w-2xl">{t("applications.lead")}</p>
      {applications.length ? (
        <Table
          caption={t("applications.table.caption")}
          headers={[
            t("applications.table.reference"),
            t("applications.table.measure"),
            t("applications.table.child"),
            t("applications.table.status"),
            t("applications.table.updated"),
          ]}
          rows={applications.map((application) => [
            <Link key="reference" href={`/applications/${application.id}`} className="font-semibold text-blue-800 underline">
              {application.reference}
            </Link>,
            t(`measures.${application.measure}`),
            application.childFirstName ?? t("applications.table.wholeFamily"),
            t(`statuses.${application.status}`),
            formatDateTime(locale, application.updatedAt),
          ])}
        />
      ) : (
        <div className="space-y-2">
          <p>{t("applications.empty")}</p>
          <p>
            <Link href="/family/eligibility" className="font-semibold text-blue-800 underline">
              {t("applications.applyLink")}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
