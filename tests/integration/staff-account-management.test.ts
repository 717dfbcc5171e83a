// Administrators change a colleague's role and district, disable and enable the account,
// and reset its password: sessions end where the issue says, every change is audited,
// an administrator never changes their own account here, and nobody else may do any of it.
import { afterAll, describe, expect, it } from "vitest";
import { revalidateSessionClaims, type SessionClaims } from "@/lib/auth/session-claims";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { resetStaffPassword, resetStaffPasswordSchema } from "@/lib/staff/reset-staff-password";
import { setStaffAccountDisabled, setStaffAccountDisabledSchema } from "@/lib/staff/set-staff-account-disabled";
import { updateStaffAccess, updateStaffAccessSchema } from "@/lib/staff/update-staff-access";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";
import type { District, Role } from "@/prisma/generated/enums";

const actorOf = (user: { id: string; role: Role; district: District | null }) => ({ id: user.id, role: user.role, district: user.district });

async function sessionOf(userId: string): Promise<SessionClaims> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, sessionVersion: true } });
  return { uid: userId, role: user.role, sv: user.sessionVersion, activeAt: Date.now(), signedInAt: Date.now() };
}

const stillValid = async (claims: SessionClaims) => (await revalidateSessionClaims(claims, { now: Date.now(), staffIdleMinutes: 30, maxSessionHours: 12 })) !== null;

describe("staff account management", () => {
  afterAll(() => db.$disconnect());

  it("a role change ends the colleague's sessions; a district change alone does not; both are audited", async () => {
    const admin = actorOf(await createStaffUser(db, { role: "ADMIN" }));
    const colleague = await createStaffUser(db, { role: "CASEWORKER", district: "ALMALY" });
    const session = await sessionOf(colleague.id);

    await updateStaffAccess(admin, updateStaffAccessSchema.parse({ userId: colleague.id, role: "CASEWORKER", district: "MEDEU" }));
    expect(await stillValid(session)).toBe(true);
    await updateStaffAccess(admin, updateStaffAccessSchema.parse({ userId: colleague.id, role: "SUPERVISOR", district: "" }));
    expect(await stillValid(session)).toBe(false);

    expect(await db.user.findUniqueOrThrow({ where: { id: colleague.id }, select: { role: true, district: true } })).toEqual({ role: "SUPERVISOR", district: null });
    const entries = await db.auditLog.findMany({ where: { action: "staff.update-access", entityId: colleague.id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.before, entry.after])).toEqual([
      [{ role: "CASEWORKER", district: "ALMALY" }, { role: "CASEWORKER", district: "MEDEU", sessionsEnded: false }],
      [{ role: "CASEWORKER", district: "MEDEU" }, { role: "SUPERVISOR", district: null, sessionsEnded: true }],
    ]);
    // Saving the same values again changes and records nothing.
    expect(await updateStaffAccess(admin, updateStaffAccessSchema.parse({ userId: colleague.id, role: "SUPERVISOR", district: "" }))).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { action: "staff.update-access", entityId: colleague.id } })).toBe(2);
  });

  it("a caseworker needs a district, and fields the form does not have are refused", () => {
    expect(updateStaffAccessSchema.safeParse({ userId: "usr_x", role: "CASEWORKER", district: "" }).error?.issues[0]?.message).toBe("districtRequired");
    expect(updateStaffAccessSchema.safeParse({ userId: "usr_x", role: "ADMIN", district: "", sessionVersion: "0" }).error?.issues[0]?.code).toBe("unrecognized_keys");
    expect(updateStaffAccessSchema.safeParse({ userId: "usr_x", role: "CITIZEN", district: "" }).success).toBe(false);
  });

  it("disabling signs the colleague out at once and keeps them out after enabling with an old cookie", async () => {
    const admin = actorOf(await createStaffUser(db, { role: "ADMIN" }));
    const colleague = await createStaffUser(db, { role: "SUPERVISOR" });
    const session = await sessionOf(colleague.id);

    await setStaffAccountDisabled(admin, setStaffAccountDisabledSchema.parse({ userId: colleague.id, disabled: "true" }));
    expect(await stillValid(session)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).disabledAt).not.toBeNull();

    await setStaffAccountDisabled(admin, setStaffAccountDisabledSchema.parse({ userId: colleague.id, disabled: "false" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).disabledAt).toBeNull();
    expect(await stillValid(session)).toBe(false);
    expect(await stillValid(await sessionOf(colleague.id))).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: colleague.id, action: { in: ["staff.disable", "staff.enable"] } } })).toBe(2);
  });

  it("a password reset sets the new password, ends every session and keeps the password out of the audit log", async () => {
    const admin = actorOf(await createStaffUser(db, { role: "ADMIN" }));
    const colleague = await createStaffUser(db, { role: "CASEWORKER", district: "TURKSIB", password: "Old-Password-2026" });
    const session = await sessionOf(colleague.id);
    const password = "Fresh-Temporary-2026";

    await resetStaffPassword(admin, resetStaffPasswordSchema.parse({ userId: colleague.id, password }));
    const stored = await db.user.findUniqueOrThrow({ where: { id: colleague.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "Old-Password-2026")).toBe(false);
    expect(await stillValid(session)).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "staff.reset-password", entityId: colleague.id } });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(password);
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(stored.passwordHash);
    expect(resetStaffPasswordSchema.safeParse({ userId: colleague.id, password: "password" }).success).toBe(false);
  });

  it("an administrator cannot change, disable or reset their own account here", async () => {
    const adminUser = await createStaffUser(db, { role: "ADMIN" });
    const admin = actorOf(adminUser);
    const own = new AppError("CONFLICT", "own-account");
    await expect(updateStaffAccess(admin, updateStaffAccessSchema.parse({ userId: admin.id, role: "CASEWORKER", district: "ALMALY" }))).rejects.toEqual(own);
    await expect(setStaffAccountDisabled(admin, setStaffAccountDisabledSchema.parse({ userId: admin.id, disabled: "true" }))).rejects.toEqual(own);
    await expect(resetStaffPassword(admin, resetStaffPasswordSchema.parse({ userId: admin.id, password: "Fresh-Temporary-2026" }))).rejects.toEqual(own);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, disabledAt: true, sessionVersion: true } })).toEqual({ role: "ADMIN", disabledAt: null, sessionVersion: adminUser.sessionVersion ?? 0 });
  });

  it("citizens' accounts are not managed here, and no one but an administrator may manage staff", async () => {
    const admin = actorOf(await createStaffUser(db, { role: "ADMIN" }));
    const citizen = await createCitizenWithFamily(db);
    await expect(setStaffAccountDisabled(admin, setStaffAccountDisabledSchema.parse({ userId: citizen.user.id, disabled: "true" }))).rejects.toEqual(new AppError("NOT_FOUND"));

    const target = await createStaffUser(db, { role: "CASEWORKER", district: "ALMALY" });
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const auditBefore = await db.auditLog.count();
    for (const role of ["CASEWORKER", "SUPERVISOR"] as const) {
      const outsider = actorOf(await createStaffUser(db, { role, district: role === "CASEWORKER" ? "ALMALY" : null }));
      await expect(updateStaffAccess(outsider, updateStaffAccessSchema.parse({ userId: target.id, role: "ADMIN", district: "" }))).rejects.toEqual(new AppError("FORBIDDEN"));
      await expect(setStaffAccountDisabled(outsider, setStaffAccountDisabledSchema.parse({ userId: target.id, disabled: "true" }))).rejects.toEqual(new AppError("FORBIDDEN"));
      await expect(resetStaffPassword(outsider, resetStaffPasswordSchema.parse({ userId: target.id, password: "Fresh-Temporary-2026" }))).rejects.toEqual(new AppError("FORBIDDEN"));
    }
    const citizenActor = { id: citizen.user.id, role: "CITIZEN" as const, district: null };
    await expect(setStaffAccountDisabled(citizenActor, setStaffAccountDisabledSchema.parse({ userId: target.id, disabled: "true" }))).rejects.toEqual(new AppError("FORBIDDEN"));
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});
