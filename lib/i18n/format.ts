// Number and date formatting in the reader's language. Money is integer tenge.
import { dateTimeFormat, numberFormat } from "./intl-formatters";
import type { Locale } from "./locales";

/** The Intl locale of each portal language: every formatter reads it here. */
export const INTL_LOCALE: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

export function formatTenge(locale: Locale, amount: number): string {
  return `${numberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 }).format(amount)} ₸`;
}

/** A calendar date (stored as UTC midnight) shown without shifting to another day. */
export function formatDate(locale: Locale, date: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(value);
}

/** A month (given as its first day, UTC midnight) as "November 2026". */
export function formatMonth(locale: Locale, firstDay: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(firstDay);
}

/** A moment (not a calendar date) in Almaty's time zone, in the reader's language. */
export function formatDateTime(locale: Locale, moment: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Almaty",
  }).format(moment);
}

/** The day a moment (an upload, a payment run) fell on in Almaty, in the reader's language. */
export function formatDayInAlmaty(locale: Locale, moment: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Almaty" }).format(moment);
}
