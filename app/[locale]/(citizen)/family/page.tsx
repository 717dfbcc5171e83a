import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FamilyProfileSummary } from "@/components/family/family-profile-summary";
import { Alert } from "@/components/ui/alert";
import { loadForPage } from "@/lib/auth/page-access";
import { getOwnFamilyOverview } from "@/lib/families/get-own-family-overview";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("family");
  return { title: t("title") };
}

// The short codes a profile form sends back here after saving, and what each says.
const DONE_MESSAGES = {
  "family-created": "doneFamilyCreated",
  "member-added": "doneMemberAdded",
  "member-updated": "doneMemberUpdated",
  "member-removed": "doneMemberRemoved",
  saved: "doneSaved",
} as const;

function isDoneCode(value: string | undefined): value is keyof typeof DONE_MESSAGES {
  return value !== undefined && Object.hasOwn(DONE_MESSAGES, value);
}

export default async function FamilyPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations();
  const { account, family } = await loadForPage(locale, "/family", getOwnFamilyOverview);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("family.title")}</h1>
      {isDoneCode(done) ? <Alert tone="success" live title={t(`family.${DONE_MESSAGES[done]}`)} /> : null}
      <section aria-labelledby="account-heading" className="space-y-2">
        <h2 id="account-heading" className="text-2xl font-bold">
          {t("family.accountHeading")}
        </h2>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("family.nameLabel")}</dt>
          <dd>{account.fullName}</dd>
          <dt className="font-semibold">{t("family.iinLabel")}</dt>
          <dd>{account.maskedIin}</dd>
        </dl>
      </section>

      {family ? (
        <>
          <FamilyProfileSummary locale={locale} family={family} />
          <section aria-labelledby="applications-heading" className="max-w-3xl space-y-2">
            <h2 id="applications-heading" className="text-2xl font-bold">
              {t("family.applicationsHeading")}
            </h2>
            {/* A list, not a table: at 320 px a three-column table would scroll sideways. */}
            {family.applications.length ? (
              <ul className="divide-y divide-slate-300 border-y border-slate-300">
                {family.applications.map((application) => (
                  <li key={application.id} className="flex flex-wrap gap-x-4 py-2">
                    <span className="font-semibold tabular-nums">{application.reference}</span>
                    <span className="min-w-[10rem] flex-1">{t(`measures.${application.measure}`)}</span>
                    <span>{t(`statuses.${application.status}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("family.noApplications")}</p>
            )}
          </section>
        </>
      ) : (
        <section aria-labelledby="start-heading" className="max-w-2xl space-y-4 border-l-4 border-emerald-800 bg-emerald-50 p-4">
          <h2 id="start-heading" className="text-2xl font-bold">
            {t("family.startHeading")}
          </h2>
          <p>{t("family.noFamily")}</p>
          <Link href="/family/new" className="inline-block min-h-11 rounded bg-emerald-800 px-4 py-2 font-semibold text-white no-underline hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400">
            {t("family.startButton")}
          </Link>
        </section>
      )}
    </div>
  );
}
