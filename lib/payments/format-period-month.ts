// "2026-12" as the reader says it: "December 2026", "декабрь 2026 г.", "2026 ж. желтоқсан".
import { formatMonth } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { periodMonthDate } from "./period-month";


export function formatPeriodMonth(locale: Locale, periodMonth: string): string {
  return formatMonth(locale, periodMonthDate(periodMonth));
}
