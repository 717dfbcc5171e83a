// A measure's status line for citizens: "Applications paused" and the notice, or "Accepting
// applications until 15 March". A server component: no JavaScript reaches the browser.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicCatalogEntry } from "@/lib/measures-catalog/public-display-reads";
import { availabilityText } from "./availability-text";

export async function MeasureAvailabilityLine({ entry, locale }: { entry: PublicCatalogEntry; locale: Locale }) {
  const t = await getTranslations("catalog");
  const { availability, notice } = entry;
  const text = availabilityText(t, locale, availability);
  if (availability.isOpen) {
    return <p className="font-semibold text-emerald-900">{text}</p>;
  }
  return (
    <div className="border-l-4 border-amber-700 bg-amber-50 px-3 py-2">
      <p className="font-bold text-slate-900">{text}</p>
      {notice ? (
        <p className="mt-1">
          <span className="sr-only">{t("noticeLabel")} </span>
          {notice}
        </p>
      ) : null}
    </div>
  );
}
