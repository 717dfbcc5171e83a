// A moment (not a calendar date) in Almaty's time zone, in the reader's language.
import type { Locale } from "@/lib/i18n/locales";

const INTL_LOCALE: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

export function formatDateTime(locale: Locale, moment: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Almaty",
  }).format(moment);
}

