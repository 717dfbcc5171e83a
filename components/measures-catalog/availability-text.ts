// The one sentence that says whether a measure takes applications, in the reader's
// language, shared by the citizens' pages and the administrators' list.
import type { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MeasureAvailability } from "@/lib/measures-catalog/measure-availability";

type CatalogTranslate = Awaited<ReturnType<typeof getTranslations<"catalog">>>;

const civilDate = (locale: Locale, isoDate: string) => formatDate(locale, new Date(`${isoDate}T00:00:00Z`));

export function availabilityText(t: CatalogTranslate, locale: Locale, availability: MeasureAvailability): string {
  switch (availability.status) {
    case "open":
      return availability.closesOn ? t("availability.openUntil", { date: civilDate(locale, availability.closesOn) }) : t("availability.open");
    case "paused":
      return t("availability.paused");
    case "closed":
      return t("availability.closed");
    case "not-yet-open":
      return t("availability.notYetOpen", { date: civilDate(locale, availability.opensOn) });
    case "window-ended":
      return t("availability.windowEnded", { date: civilDate(locale, availability.closedOn) });
    case "quota-reached":
      return t("availability.quotaReached", { quota: availability.quota });
  }
}
