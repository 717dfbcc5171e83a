// Every request re-checks the session against the database: signing out (version bump),
// a role change and disabling end the session at once; staff sessions end when idle.
import { afterAll, describe, expect, it } from "vitest";
import { revalidateSessionClaims, type SessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db/client";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";

const now = Date.UTC(2026, 10, 26, 12, 0, 0);
const options = { now, staffIdleMinutes: 30, maxSessionHours: 12 };

async function claimsFor(role: "CASEWORKER" | "ADMIN"): Promise<SessionClaims> {
  const user = await createStaffUser(db, { role, district: role === "CASEWORKER" ? "TURKSIB" : null });
  return { uid: user.id, role, sv: 0, activeAt: now - 60_000, signedInAt: now - 60_000 };
}

describe("revalidateSessionClaims", () => {
  afterAll(() => db.$disconnect());

  it("keeps a valid session and records the activity", async () => {
    const claims = await claimsFor("CASEWORKER");
    expect(await revalidateSessionClaims(claims, options)).toEqual({ ...claims, activeAt: now });
  });

  it("ends the session when the session version was bumped (sign-out everywhere)", async () => {
    const claims = await claimsFor("CASEWORKER");
    await db.user.update({ where: { id: claims.uid }, data: { sessionVersion: { increment: 1 } } });
    expect(await revalidateSessionClaims(claims, options)).toBeNull();
  });

  it("ends the session of a disabled account", async () => {
    const claims = await claimsFor("ADMIN");
    await db.user.update({ where: { id: claims.uid }, data: { disabledAt: new Date(now) } });
    expect(await revalidateSessionClaims(claims, options)).toBeNull();
  });

  it("ends the session when the role changed", async () => {
    const claims = await claimsFor("ADMIN");
    await db.user.update({ where: { id: claims.uid }, data: { role: "SUPERVISOR" } });
    expect(await revalidateSessionClaims(claims, options)).toBeNull();
  });

  it("ends a staff session idle for longer than the limit, but not one idle for exactly the limit", async () => {
    const claims = await claimsFor("CASEWORKER");
    expect(await revalidateSessionClaims({ ...claims, activeAt: now - 30 * 60_000 }, options)).not.toBeNull();
    expect(await revalidateSessionClaims({ ...claims, activeAt: now - 30 * 60_000 - 1 }, options)).toBeNull();
  });

  it("does not apply the staff idle limit to citizens", async () => {
    const { user } = await createCitizenWithFamily(db);
    const claims: SessionClaims = { uid: user.id, role: "CITIZEN", sv: 0, activeAt: now - 3 * 60 * 60_000, signedInAt: now - 3 * 60 * 60_000 };
    expect(await revalidateSessionClaims(claims, options)).not.toBeNull();
  });

  it("ends the session of an account that no longer exists", async () => {
    expect(await revalidateSessionClaims({ uid: "usr_missing", role: "CITIZEN", sv: 0, activeAt: now, signedInAt: now }, options)).toBeNull();
  });

  it("ends any session the absolute limit after sign-in, however active it has been", async () => {
    const claims = await claimsFor("CASEWORKER");
    const twelveHours = 12 * 3_600_000;
    // Active a minute ago, signed in exactly 12 hours ago: still inside.
    expect(await revalidateSessionClaims({ ...claims, signedInAt: now - twelveHours }, options)).not.toBeNull();
    expect(await revalidateSessionClaims({ ...claims, signedInAt: now - twelveHours - 1 }, options), "caseworker, 12 h + 1 ms").toBeNull();
    const { user: citizen } = await createCitizenWithFamily(db);
    const citizenClaims: SessionClaims = { uid: citizen.id, role: "CITIZEN", sv: 0, activeAt: now, signedInAt: now - twelveHours - 1 };
    expect(await revalidateSessionClaims(citizenClaims, options), "citizen, 12 h + 1 ms").toBeNull();
  });

  it("refuses a token without the sign-in time (issued before the absolute limit existed)", async () => {
    const { isSessionClaims } = await import("@/lib/auth/session-claims");
    expect(isSessionClaims({ uid: "u", role: "CITIZEN", sv: 0, activeAt: now })).toBe(false);
    expect(isSessionClaims({ uid: "u", role: "CITIZEN", sv: 0, activeAt: now, signedInAt: now })).toBe(true);
  });
});
