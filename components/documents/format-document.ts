// Sizes and upload dates of documents in the reader's language. Upload times are moments,
// shown as the day in Almaty (not in UTC, which can be the day before).
import { INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { dateTimeFormat, numberFormat } from "@/lib/i18n/intl-formatters";


/** The number and unit key of a file size: kilobytes below 1 MB, else megabytes. */
export function fileSizeParts(locale: Locale, bytes: number): { key: "sizeKilobytes" | "sizeMegabytes"; size: string } {
  const format = (value: number) => numberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024 * 1024) return { key: "sizeKilobytes", size: format(Math.max(0.1, bytes / 1024)) };
  return { key: "sizeMegabytes", size: format(bytes / (1024 * 1024)) };
}

export function formatUploadDate(locale: Locale, date: Date): string {
  return dateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Almaty" }).format(date);
}

/** The download address of a document (outside the locale routes: it is an API route). */
export function documentDownloadHref(documentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}`;
}
