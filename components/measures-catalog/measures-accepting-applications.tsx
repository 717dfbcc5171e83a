// The landing page's "Accepting applications now": the measures that are not simply open,
// each with its status and notice, then one line for all the others.
import { getTranslations } from "next-intl/server";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicCatalogEntry } from "@/lib/measures-catalog/public-display-reads";
import { MeasureAvailabilityLine } from "./measure-availability-line";

export async function MeasuresAcceptingApplications({ catalog, locale }: { catalog: Map<MeasureCode, PublicCatalogEntry>; locale: Locale }) {
  const t = await getTranslations();
  // A window that is open now still deserves a line: families should know it ends.
  const notable = [...catalog].filter(([, entry]) => !entry.availability.isOpen || (entry.availability.status === "open" && entry.availability.closesOn !== null));
  return (
    <section aria-labelledby="accepting-heading" className="space-y-3">
      <h2 id="accepting-heading" className="text-2xl font-bold">
        {t("catalog.landingHeading")}
      </h2>
      {notable.length ? (
        <ul className="space-y-3">
          {notable.map(([measure, entry]) => (
            <li key={measure} className="space-y-1">
              <h3 className="font-bold">{t(`measures.${measure}`)}</h3>
              <MeasureAvailabilityLine entry={entry} locale={locale} />
            </li>
          ))}
        </ul>
      ) : null}
      {notable.length === 0 ? <p>{t("catalog.allOpen")}</p> : notable.length < catalog.size ? <p>{t("catalog.othersOpen")}</p> : null}
    </section>
  );
}
