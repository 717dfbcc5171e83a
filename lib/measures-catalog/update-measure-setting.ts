// An administrator sets a measure's status, window, quota and notices. The row is
// written and audited (before and after) in one transaction; a measure without a row is
// recorded as "before: open all year".
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { MeasureSettingInput } from "./measure-setting-schema";
import { forgetPublicDisplayReads } from "./public-display-reads";

function snapshot(row: { status: string; windowStartsOn: Date | null; windowEndsOn: Date | null; quota: number | null; noticeKk: string | null; noticeRu: string | null; noticeEn: string | null }) {
  return {
    status: row.status,
    windowStartsOn: row.windowStartsOn?.toISOString().slice(0, 10) ?? null,
    windowEndsOn: row.windowEndsOn?.toISOString().slice(0, 10) ?? null,
    quota: row.quota,
    noticeKk: row.noticeKk,
    noticeRu: row.noticeRu,
    noticeEn: row.noticeEn,
  };
}

const DEFAULT_ROW = { status: "OPEN", windowStartsOn: null, windowEndsOn: null, quota: null, noticeKk: null, noticeRu: null, noticeEn: null };

export async function updateMeasureSetting(actor: Actor, input: MeasureSettingInput): Promise<{ changed: boolean }> {
  assertCan(actor, "edit", "rules");
  const data = {
    status: input.status,
    windowStartsOn: input.windowStartsOn ? new Date(`${input.windowStartsOn}T00:00:00Z`) : null,
    windowEndsOn: input.windowEndsOn ? new Date(`${input.windowEndsOn}T00:00:00Z`) : null,
    quota: input.quota,
    noticeKk: input.noticeKk,
    noticeRu: input.noticeRu,
    noticeEn: input.noticeEn,
  };
  const result = await db.$transaction(async (tx) => {
    // Serialises two administrators saving the same measure, so each audit "before" is true.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('measure-setting'), hashtext(${input.measure}))`;
    const existing = await tx.measureSetting.findUnique({ where: { measure: input.measure } });
    const before = snapshot(existing ?? DEFAULT_ROW);
    const after = snapshot(data);
    if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false };
    await tx.measureSetting.upsert({
      where: { measure: input.measure },
      create: { measure: input.measure, ...data, updatedById: actor.id },
      update: { ...data, updatedById: actor.id },
    });
    await recordAudit(tx, { actor, action: "measure-setting.update", entityType: "MeasureSetting", entityId: input.measure, before, after });
    return { changed: true };
  });
  if (result.changed) forgetPublicDisplayReads();
  return result;
}
