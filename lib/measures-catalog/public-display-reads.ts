// What the public pages (landing, /apply, a measure's start page) show of the programme:
// today's amounts and the catalog's status, kept for 30 seconds per process because every
// visitor sees the same and these pages carry most of the traffic (issue 7 load figures).
// Starting and submitting an application read the catalog directly, never from here; a
// change made in this process (a publication, a catalog edit) drops what is kept at once,
// and other app servers catch up within the 30 seconds.
import "server-only";
import { keepForAWhile } from "@/lib/cache/keep-for-a-while";
import { bumpPublicContentVersion } from "@/lib/cache/public-content-version";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Locale } from "@/lib/i18n/locales";
import { loadProgrammeAmounts, type ProgrammeAmounts } from "@/lib/screener/load-programme-amounts";
import type { MeasureAvailability } from "./measure-availability";
import { readMeasureCatalog } from "./read-measure-availability";

/** A measure as citizens see it: open, paused or closed, and its notice in their language. */
export interface PublicCatalogEntry {
  availability: MeasureAvailability;
  notice: string | null;
}

const KEPT_MS = 30_000;
const amounts = keepForAWhile(KEPT_MS, (today) => loadProgrammeAmounts(today));
const catalog = keepForAWhile(KEPT_MS, (measures) => readMeasureCatalog(db, new Date(), measures.split(",") as MeasureCode[]));

export function programmeAmountsForDisplay(): Promise<ProgrammeAmounts> {
  return amounts.get(dateInAlmaty(new Date()));
}

export async function publicCatalogForDisplay(locale: Locale, measures: readonly MeasureCode[] = MEASURE_CODES): Promise<Map<MeasureCode, PublicCatalogEntry>> {
  const entries = await catalog.get(measures.join(","));
  return new Map([...entries].map(([measure, entry]) => [measure, { availability: entry.availability, notice: entry.notice[locale] }]));
}

/** After a publication or a catalog edit in this process: the next visitor sees it. */
export function forgetPublicDisplayReads(): void {
  amounts.forget();
  catalog.forget();
  // The proxy's landing template (lib/runtime/anonymous-landing-cache.ts) is keyed by it.
  bumpPublicContentVersion();
}
