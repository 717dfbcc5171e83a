// Administrators set a measure's status, window, quota and notices: strict validation,
// an audit record with before and after, and nobody else may do it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { parseForm } from "@/lib/forms/parse-form";
import { listMeasureSettings } from "@/lib/measures-catalog/list-measure-settings";
import { measureSettingSchema } from "@/lib/measures-catalog/measure-setting-schema";
import { readMeasureAvailability } from "@/lib/measures-catalog/read-measure-availability";
import { updateMeasureSetting } from "@/lib/measures-catalog/update-measure-setting";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";
import { TEST_NOW, useOwnDatabase } from "../offers/support/offer-test-database";

let drop: () => Promise<void>;
let admin: Actor;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  const defaults = { measure: "SCHOLARSHIP", status: "OPEN", windowStartsOn: "", windowEndsOn: "", quota: "", noticeKk: "", noticeRu: "", noticeEn: "" };
  for (const [key, value] of Object.entries({ ...defaults, ...fields })) data.set(key, value);
  return data;
}

const NOTICES = { noticeKk: "Бюджет қайта қаралуда.", noticeRu: "Бюджет пересматривается.", noticeEn: "The budget is being reviewed." };

describe("the measures catalog, edited by an administrator", () => {
  beforeAll(async () => {
    drop = (await useOwnDatabase()).drop;
    const user = await createStaffUser(db, { role: "ADMIN" });
    admin = { id: user.id, role: "ADMIN", district: null };
  });

  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("refuses a half window, an end before the start, a bad quota and missing notices, field by field", () => {
    expect(parseForm(measureSettingSchema, form({ windowStartsOn: "2027-03-11" }))).toMatchObject({ ok: false, fieldErrors: { windowEndsOn: "windowBothDates" } });
    expect(parseForm(measureSettingSchema, form({ windowStartsOn: "2027-03-15", windowEndsOn: "2027-03-11" }))).toMatchObject({ ok: false, fieldErrors: { windowEndsOn: "windowEndBeforeStart" } });
    expect(parseForm(measureSettingSchema, form({ windowStartsOn: "2027-02-30", windowEndsOn: "2027-03-11" }))).toMatchObject({ ok: false, fieldErrors: { windowStartsOn: "dateInvalid" } });
    for (const quota of ["0", "-3", "2.5", "many"]) {
      expect(parseForm(measureSettingSchema, form({ quota }))).toMatchObject({ ok: false, fieldErrors: { quota: "quotaInvalid" } });
    }
    expect(parseForm(measureSettingSchema, form({ status: "PAUSED", noticeRu: "Пауза" }))).toMatchObject({
      ok: false,
      fieldErrors: { noticeKk: "noticeKkRequired", noticeEn: "noticeEnRequired" },
    });
    expect(parseForm(measureSettingSchema, form({ status: "ARCHIVED" }))).toMatchObject({ ok: false, fieldErrors: { status: "statusInvalid" } });
  });

  it("refuses fields the form does not have", () => {
    expect(parseForm(measureSettingSchema, form({ updatedById: "someone" }))).toMatchObject({ ok: false, hasUnexpectedFields: true });
  });

  it("accepts a window of 11–15 March with a quota, and an empty quota as none", () => {
    expect(parseForm(measureSettingSchema, form({ windowStartsOn: "2027-03-11", windowEndsOn: "2027-03-15", quota: "200" }))).toEqual({
      ok: true,
      data: { measure: "SCHOLARSHIP", status: "OPEN", windowStartsOn: "2027-03-11", windowEndsOn: "2027-03-15", quota: 200, noticeKk: null, noticeRu: null, noticeEn: null },
    });
  });

  it("saves a pause with its notices, audited before and after, and citizens see it", async () => {
    const parsed = parseForm(measureSettingSchema, form({ status: "PAUSED", ...NOTICES }));
    if (!parsed.ok) throw new Error("expected a valid form");
    expect(await updateMeasureSetting(admin, parsed.data)).toEqual({ changed: true });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "measure-setting.update", entityId: "SCHOLARSHIP" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toMatchObject({ status: "OPEN", quota: null, noticeEn: null });
    expect(audit.after).toMatchObject({ status: "PAUSED", noticeEn: NOTICES.noticeEn });
    expect(await readMeasureAvailability(db, "SCHOLARSHIP", TEST_NOW)).toEqual({ isOpen: false, status: "paused" });

    const [listed] = await listMeasureSettings(admin, { now: TEST_NOW, measures: ["SCHOLARSHIP"] });
    expect(listed).toMatchObject({ status: "PAUSED", noticeRu: NOTICES.noticeRu, availability: { status: "paused" } });

    // Saving the same values again changes nothing and writes no second record.
    expect(await updateMeasureSetting(admin, parsed.data)).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { action: "measure-setting.update", entityId: "SCHOLARSHIP" } })).toBe(1);
  });

  it("closes a measure once its quota of approvals in the window is reached", async () => {
    const parsed = parseForm(measureSettingSchema, form({ measure: "UTILITIES_COMPENSATION", windowStartsOn: "2026-11-01", windowEndsOn: "2026-11-30", quota: "1" }));
    if (!parsed.ok) throw new Error("expected a valid form");
    await updateMeasureSetting(admin, parsed.data);
    expect(await readMeasureAvailability(db, "UTILITIES_COMPENSATION", TEST_NOW)).toEqual({ isOpen: true, status: "open", closesOn: "2026-11-30" });

    const family = await createCitizenWithFamily(db);
    // Approved before the window (October) does not count; approved in it does.
    await db.application.create({ data: { reference: "T-QUOTA-1", familyId: family.family.id, measure: "UTILITIES_COMPENSATION", status: "APPROVED", decidedAt: new Date("2026-10-20T06:00:00Z") } });
    expect((await readMeasureAvailability(db, "UTILITIES_COMPENSATION", TEST_NOW)).isOpen).toBe(true);
    await db.application.update({ where: { reference: "T-QUOTA-1" }, data: { decidedAt: new Date("2026-11-10T06:00:00Z") } });
    expect(await readMeasureAvailability(db, "UTILITIES_COMPENSATION", TEST_NOW)).toEqual({ isOpen: false, status: "quota-reached", quota: 1 });
    // The window's last day counts through midnight in Almaty (19:00 UTC the day before the next).
    expect(await readMeasureAvailability(db, "UTILITIES_COMPENSATION", new Date("2026-11-30T18:59:00Z"))).toMatchObject({ status: "quota-reached" });
    expect(await readMeasureAvailability(db, "UTILITIES_COMPENSATION", new Date("2026-11-30T19:01:00Z"))).toEqual({ isOpen: false, status: "window-ended", closedOn: "2026-11-30" });
  });

  it("is refused to everyone but administrators, and nothing is written", async () => {
    const parsed = parseForm(measureSettingSchema, form({ measure: "SOCIAL_JOBS", status: "CLOSED", ...NOTICES }));
    if (!parsed.ok) throw new Error("expected a valid form");
    const citizen = await createCitizenWithFamily(db);
    const supervisor = await createStaffUser(db, { role: "SUPERVISOR" });
    const caseworker = await createStaffUser(db, { role: "CASEWORKER", district: "ALMALY" });
    const outsiders: Actor[] = [
      { id: citizen.user.id, role: "CITIZEN", district: null },
      { id: supervisor.id, role: "SUPERVISOR", district: null },
      { id: caseworker.id, role: "CASEWORKER", district: "ALMALY" },
    ];
    for (const actor of outsiders) {
      const refused = await updateMeasureSetting(actor, parsed.data).then(() => null, (error: unknown) => error);
      expect(isAppError(refused, "FORBIDDEN")).toBe(true);
      const listed = await listMeasureSettings(actor, { now: TEST_NOW }).then(() => null, (error: unknown) => error);
      expect(isAppError(listed, "FORBIDDEN")).toBe(true);
    }
    expect(await db.measureSetting.findUnique({ where: { measure: "SOCIAL_JOBS" } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "measure-setting.update", entityId: "SOCIAL_JOBS" } })).toBe(0);
  });
});
