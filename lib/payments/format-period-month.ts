// "2026-12" as the reader says it: "December 2026", "декабрь 2026 г.", "2026 ж. желтоқсан".
import { formatMonth, INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { periodMonthDate } from "./period-month";
import { dateTimeFormat } from "@/lib/i18n/intl-formatters";


export function formatPeriodMonth(locale: Locale, periodMonth: string): string {
  return formatMonth(locale, periodMonthDate(periodMonth));
}

/** A moment (run created, file exported) as the date in Almaty. */
export function formatAlmatyDate(locale: Locale, moment: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Almaty" }).format(moment);
}
