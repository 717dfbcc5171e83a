// A moment (a deadline, a submission) shown as the day it is in Almaty (UTC+5 all year,
// as lib/calendar counts), whatever the server's time zone; short months keep the
// queue's columns narrow.
import { INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { dateTimeFormat } from "@/lib/i18n/intl-formatters";

const ALMATY_OFFSET_MS = 5 * 3_600_000;

export function formatAlmatyDate(locale: Locale, instant: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
    .format(new Date(instant.getTime() + ALMATY_OFFSET_MS));
}
