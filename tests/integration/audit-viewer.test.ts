// The administrators' audit viewer: filters by who, what, which record and when, pages
// newest first with a keyset cursor, ignores malformed filters, and is for admins only.
import { afterAll, describe, expect, it } from "vitest";
import { readAuditFilters } from "@/lib/audit/audit-filters";
import { AUDIT_PAGE_SIZE, listAuditEntries, listAuditFilterChoices } from "@/lib/audit/list-audit-entries";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createStaffUser } from "@/prisma/seed/factories";

describe("audit viewer", () => {
  afterAll(() => db.$disconnect());

  it("filters by actor, action prefix, record and day, newest first, and pages with a cursor", async () => {
    const admin = await createStaffUser(db, { role: "ADMIN" });
    const actor = { id: admin.id, role: admin.role, district: null };
    const worker = await createStaffUser(db, { role: "CASEWORKER", district: "ALATAU" });
    const entity = `app_audit_${process.pid}`;
    for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index++) {
      await recordAudit(db, { actor: { id: worker.id, role: worker.role }, action: index % 2 ? "application.note" : "application.approve", entityType: "Application", entityId: entity, after: { index } });
    }
    await recordAudit(db, { actor: { id: admin.id, role: admin.role }, action: "staff.disable", entityType: "User", entityId: worker.id });

    const first = await listAuditEntries(actor, readAuditFilters({ actorId: worker.id }));
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries.every((entry) => entry.actor?.id === worker.id)).toBe(true);
    expect((first.entries[0]?.after as { index: number }).index).toBe(AUDIT_PAGE_SIZE + 4);
    expect(first.nextBefore).not.toBeNull();
    const second = await listAuditEntries(actor, readAuditFilters({ actorId: worker.id, before: first.nextBefore ?? "" }));
    expect(second.entries).toHaveLength(5);
    expect(second.nextBefore).toBeNull();

    const approvals = await listAuditEntries(actor, readAuditFilters({ entityId: entity, action: "application.appr" }));
    expect(approvals.entries.every((entry) => entry.action === "application.approve")).toBe(true);
    expect(approvals.entries).toHaveLength(Math.ceil((AUDIT_PAGE_SIZE + 5) / 2));

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty" }).format(new Date());
    expect((await listAuditEntries(actor, readAuditFilters({ entityId: worker.id, from: today, to: today }))).entries.map((entry) => entry.action)).toEqual(["staff.disable"]);
    expect((await listAuditEntries(actor, readAuditFilters({ entityId: worker.id, to: "2020-01-01" }))).entries).toEqual([]);

    const choices = await listAuditFilterChoices(actor);
    expect(choices.actions).toEqual(expect.arrayContaining(["application.approve", "application.note", "staff.disable"]));
    expect(choices.entityTypes).toEqual(expect.arrayContaining(["Application", "User"]));
  });

  it("drops malformed filters instead of failing", () => {
    expect(readAuditFilters({ action: "x'; drop table", from: "2026-13-45", before: "-1", actorRole: "ROOT", entityId: ["a", "b"] })).toEqual({ entityId: "a" });
  });

  it("is for administrators only", async () => {
    for (const role of ["CASEWORKER", "SUPERVISOR"] as const) {
      const user = await createStaffUser(db, { role, district: role === "CASEWORKER" ? "ALATAU" : null });
      const actor = { id: user.id, role: user.role, district: user.district };
      await expect(listAuditEntries(actor, {})).rejects.toEqual(new AppError("FORBIDDEN"));
      await expect(listAuditFilterChoices(actor)).rejects.toEqual(new AppError("FORBIDDEN"));
    }
  });
});
