// The catalog as citizens and the application checks see it: every measure's
// availability on the Almaty date of `now`. One query for the settings, then one count of
// approvals per open measure that has a quota (in turn: the client may be a transaction).
import type { Database } from "@/lib/db/create-client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import type { MeasureSetting } from "@/prisma/generated/client";
import { isMeasureOpenForApplications, quotaPeriod, type CatalogSetting, type MeasureAvailability } from "./measure-availability";

export type CatalogReader = Pick<Database, "measureSetting" | "$queryRaw">;

export interface CatalogEntry {
  availability: MeasureAvailability;
  /** The notice in the three languages (paused or closed measures have one). */
  notice: { kk: string | null; ru: string | null; en: string | null };
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Approvals decided on the Almaty days from..to, per measure. */
async function countApprovals(client: CatalogReader, measure: MeasureCode, period: { from: string; to: string }): Promise<number> {
  const rows = await client.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Application"
     WHERE "measure" = ${measure}::"Measure" AND "status" = 'APPROVED' AND "decidedAt" IS NOT NULL
       AND (("decidedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty')::date BETWEEN ${period.from}::date AND ${period.to}::date`;
  return rows[0]?.count ?? 0;
}

export async function readMeasureCatalog(client: CatalogReader, now: Date, measures: readonly MeasureCode[] = MEASURE_CODES): Promise<Map<MeasureCode, CatalogEntry>> {
  const rows = await client.measureSetting.findMany({ where: { measure: { in: [...measures] } } });
  return catalogFromSettings(client, rows, now, measures);
}

/** The catalog from setting rows already read (the administrators' list reads them with their author). */
export async function catalogFromSettings(client: CatalogReader, rows: readonly MeasureSetting[], now: Date, measures: readonly MeasureCode[]): Promise<Map<MeasureCode, CatalogEntry>> {
  const today = dateInAlmaty(now);
  const byMeasure = new Map(rows.map((row) => [row.measure, row]));
  const catalog = new Map<MeasureCode, CatalogEntry>();
  for (const measure of measures) {
    const row = byMeasure.get(measure);
    const setting: CatalogSetting | null = row
      ? { status: row.status, windowStartsOn: isoDate(row.windowStartsOn), windowEndsOn: isoDate(row.windowEndsOn), quota: row.quota }
      : null;
    // Approvals are counted only when a quota could stop the measure today.
    const needsCount = setting !== null && setting.quota !== null && setting.status === "OPEN";
    const approved = needsCount ? await countApprovals(client, measure, quotaPeriod(setting, today)) : 0;
    catalog.set(measure, {
      availability: isMeasureOpenForApplications(setting, today, approved),
      notice: { kk: row?.noticeKk ?? null, ru: row?.noticeRu ?? null, en: row?.noticeEn ?? null },
    });
  }
  return catalog;
}

/** One measure's availability today (the check before a draft starts or is submitted). */
export async function readMeasureAvailability(client: CatalogReader, measure: MeasureCode, now: Date): Promise<MeasureAvailability> {
  const entry = (await readMeasureCatalog(client, now, [measure])).get(measure);
  if (!entry) throw new Error(`no catalog entry for ${measure}`);
  return entry.availability;
}
