// The administrators' view of the catalog: every measure, its setting as stored (or the
// default) and its availability today, for the list and the edit form.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { MEASURE_CODES, type MeasureCode } from "@/lib/eligibility/measure-codes";
import type { MeasureStatus } from "@/prisma/generated/enums";
import type { MeasureAvailability } from "./measure-availability";
import { catalogFromSettings } from "./read-measure-availability";

export interface AdminMeasureSetting {
  measure: MeasureCode;
  status: MeasureStatus;
  windowStartsOn: string | null;
  windowEndsOn: string | null;
  quota: number | null;
  noticeKk: string | null;
  noticeRu: string | null;
  noticeEn: string | null;
  updatedAt: Date | null;
  updatedByName: string | null;
  availability: MeasureAvailability;
}

export async function listMeasureSettings(actor: Actor, options: { now: Date; measures?: readonly MeasureCode[] }): Promise<AdminMeasureSetting[]> {
  assertCan(actor, "edit", "rules");
  const measures = options.measures ?? MEASURE_CODES;
  const rows = await db.measureSetting.findMany({ where: { measure: { in: [...measures] } }, include: { updatedBy: { select: { fullName: true } } } });
  const catalog = await catalogFromSettings(db, rows, options.now, measures);
  const byMeasure = new Map(rows.map((row) => [row.measure, row]));
  return measures.map((measure) => {
    const row = byMeasure.get(measure);
    return {
      measure,
      status: row?.status ?? "OPEN",
      windowStartsOn: row?.windowStartsOn?.toISOString().slice(0, 10) ?? null,
      windowEndsOn: row?.windowEndsOn?.toISOString().slice(0, 10) ?? null,
      quota: row?.quota ?? null,
      noticeKk: row?.noticeKk ?? null,
      noticeRu: row?.noticeRu ?? null,
      noticeEn: row?.noticeEn ?? null,
      updatedAt: row?.updatedAt ?? null,
      updatedByName: row?.updatedBy?.fullName ?? null,
      availability: catalog.get(measure)!.availability,
    };
  });
}

export async function getMeasureSetting(actor: Actor, measure: MeasureCode, options: { now: Date }): Promise<AdminMeasureSetting> {
  const [setting] = await listMeasureSettings(actor, { now: options.now, measures: [measure] });
  if (!setting) throw new Error(`no setting for ${measure}`);
  return setting;
}
