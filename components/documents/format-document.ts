// Sizes of documents in the reader's language, and their download address. (Upload dates:
// formatDayInAlmaty in lib/i18n/format.ts — the day in Almaty, not in UTC.)
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";


/** The number and unit key of a file size: kilobytes below 1 MB, else megabytes. */
export function fileSizeParts(locale: Locale, bytes: number): { key: "sizeKilobytes" | "sizeMegabytes"; size: string } {
  const format = (value: number) => formatNumber(locale, value);
  if (bytes < 1024 * 1024) return { key: "sizeKilobytes", size: format(Math.max(0.1, bytes / 1024)) };
  return { key: "sizeMegabytes", size: format(bytes / (1024 * 1024)) };
}

/** The download address of a document (outside the locale routes: it is an API route). */
export function documentDownloadHref(documentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}`;
}
