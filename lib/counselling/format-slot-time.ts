// A counselling time as the family reads it: date and time in Almaty, in their language.
import { INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { dateTimeFormat } from "@/lib/i18n/intl-formatters";


export function formatSlotTime(locale: Locale, startsAt: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Almaty",
  }).format(startsAt);
}
