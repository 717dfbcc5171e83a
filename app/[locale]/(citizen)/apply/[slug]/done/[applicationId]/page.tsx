import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getOwnSubmission } from "@/lib/applications/drafts/get-submitted-application";
import { measureFromSlug } from "@/lib/applications/flows/measure-slug";
import { loadForPage } from "@/lib/auth/page-access";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { formatSlotTime } from "@/lib/counselling/format-slot-time";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  params: Promise<{ locale: Locale; slug: string; applicationId: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apply.done");
  return { title: t("title") };
}

/** The due date as a calendar day in Almaty (formatDate reads dates as UTC days). */
function almatyDay(instant: Date): Date {
  return new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty" }).format(instant)}T00:00:00.000Z`);
}

export default async function ApplyDonePage({ params }: Props) {
  const { locale, slug, applicationId } = await params;
  setRequestLocale(locale);
  if (!measureFromSlug(slug)) notFound();
  const submission = await loadForPage(locale, `/apply/${slug}/done/${applicationId}`, (user) => getOwnSubmission(user, applicationId));
  const t = await getTranslations();
  const isMany = submission.applications.length > 1;
  return (
    <div className="max-w-2xl space-y-6">
      <div className="bg-emerald-800 p-6 text-center text-white">
        <h1 className="text-3xl font-bold">{t("apply.done.title")}</h1>
        <p className="mt-2 text-lg">{t(`measures.${submission.measure}`)}</p>
        <p className="mt-4">{isMany ? t("apply.done.referencesLabel") : t("apply.done.referenceLabel")}</p>
        <ul className="mt-1 space-y-1">
          {submission.applications.map((application) => (
            <li key={application.id} className="text-2xl font-bold break-words">
              {application.memberName ? t("apply.done.referenceFor", { reference: application.reference, name: application.memberName }) : application.reference}
            </li>
          ))}
        </ul>
      </div>
      {submission.booking ? (
        <p className="font-semibold">
          {t("apply.done.bookingText", { time: formatSlotTime(locale, submission.booking.startsAt), counsellor: submission.booking.counsellorName })}{" "}
          {t(`counselling.venues.${submission.booking.venue}`)}.
        </p>
      ) : null}
      <section aria-labelledby="next-heading" className="space-y-3">
        <h2 id="next-heading" className="text-2xl font-bold">
          {t("apply.done.nextHeading")}
        </h2>
        <p>{t("apply.done.nextText")}</p>
        {submission.dueAt ? <p>{t("apply.done.periodText", { date: formatDate(locale, almatyDay(submission.dueAt)), days: workingDaysBetween(submission.submittedAt, submission.dueAt) })}</p> : null}
        <p>{t("apply.done.statusLookup")}</p>
      </section>
      <ul className="space-y-2">
        <li>
          <Link href="/applications" className="font-semibold text-blue-800 underline">
            {t("apply.done.myApplications")}
          </Link>
        </li>
        <li>
          <Link href="/apply" className="text-blue-800 underline">
            {t("apply.done.applyMore")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
