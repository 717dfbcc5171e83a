// Only administrators create staff accounts; a caseworker must have a district.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { buildIin } from "@/lib/iin";
import { createStaffAccount, createStaffAccountSchema } from "@/lib/staff/create-staff-account";
import { listStaffAccounts } from "@/lib/staff/list-staff-accounts";
import { createStaffUser } from "@/prisma/seed/factories";

const form = (overrides: Record<string, string> = {}) => ({
  fullName: "Нурланов Асхат Бауыржанович",
  iin: buildIin("1986-12-01", "male", 9_700 + (process.pid % 90)),
  phone: "+77011112233",
  role: "CASEWORKER",
  district: "BOSTANDYK",
  password: "Temporary-Pass-2026",
  ...overrides,
});

describe("staff accounts", () => {
  afterAll(() => db.$disconnect());

  it("a caseworker needs a district", () => {
    const result = createStaffAccountSchema.safeParse(form({ district: "" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["districtRequired"]);
  });

  it("a caseworker cannot create or list staff accounts, and nothing is written", async () => {
    const caseworker = await createStaffUser(db, { role: "CASEWORKER", district: "BOSTANDYK" });
    const actor = { id: caseworker.id, role: caseworker.role, district: caseworker.district ?? null };
    const before = await db.user.count();
    await expect(createStaffAccount(actor, createStaffAccountSchema.parse(form()))).rejects.toEqual(new AppError("FORBIDDEN"));
    await expect(listStaffAccounts(actor)).rejects.toEqual(new AppError("FORBIDDEN"));
    expect(await db.user.count()).toBe(before);
  });

  it("an administrator creates a caseworker, recorded in the audit log without the IIN", async () => {
    const admin = await createStaffUser(db, { role: "ADMIN" });
    const actor = { id: admin.id, role: admin.role, district: null };
    const input = createStaffAccountSchema.parse(form({ iin: buildIin("1987-01-02", "female", 9_600 + (process.pid % 90)) }));
    const created = await createStaffAccount(actor, input);
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { role: true, district: true, createdById: true } });
    expect(stored).toEqual({ role: "CASEWORKER", district: "BOSTANDYK", createdById: admin.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "staff.create", entityId: created.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(input.iin);
    expect((await listStaffAccounts(actor)).map((user) => user.id)).toContain(created.id);
  });
});
