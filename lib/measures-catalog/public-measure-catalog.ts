// The catalog for citizens' pages (landing, /apply, a flow's start): public facts, so no
// actor; each entry carries its notice in the reader's language only.
import "server-only";
import { db } from "@/lib/db/client";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Locale } from "@/lib/i18n/locales";
import type { MeasureAvailability } from "./measure-availability";
import { readMeasureCatalog } from "./read-measure-availability";

export interface PublicCatalogEntry {
  availability: MeasureAvailability;
  notice: string | null;
}

export async function getPublicMeasureCatalog(locale: Locale, now: Date, measures?: readonly MeasureCode[]): Promise<Map<MeasureCode, PublicCatalogEntry>> {
  const catalog = await readMeasureCatalog(db, now, measures);
  return new Map([...catalog].map(([measure, entry]) => [measure, { availability: entry.availability, notice: entry.notice[locale] }]));
}
