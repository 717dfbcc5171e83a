// "2026-12" as the reader says it: "December 2026", "декабрь 2026 г.", "2026 ж. желтоқсан".
import type { Locale } from "@/lib/i18n/locales";
import { periodMonthDate } from "./period-month";

const INTL_LOCALE: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

export function formatPeriodMonth(locale: Locale, periodMonth: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(periodMonthDate(periodMonth));
}

/** A moment (run created, file exported) as the date in Almaty. */
export function formatAlmatyDate(locale: Locale, moment: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Almaty" }).format(moment);
}
