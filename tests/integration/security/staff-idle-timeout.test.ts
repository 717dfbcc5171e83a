// The staff idle timeout, as every request applies it (revalidateSessionClaims): for each
// staff role the session ends once idle past the limit, any request inside the limit slides
// it forward, the configured limit is the one used, and citizens are not cut by it.
// Proved in tests/integration/auth/session-claims.test.ts, not repeated here: the exact
// boundary for a caseworker at 30 minutes, sign-out, role change, disabling, a deleted account.
// A citizen's session length itself is the token's expiry (Auth.js `session.maxAge` from
// CITIZEN_SESSION_HOURS, lib/auth/auth.ts), which this function does not see.
import { afterAll, describe, expect, it } from "vitest";
import { revalidateSessionClaims, type SessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db/client";
import { createCitizenWithFamily, createStaffUser } from "@/prisma/seed/factories";

const MINUTE = 60_000;
const signedInAt = Date.UTC(2026, 10, 26, 9, 0, 0);
const STAFF_ROLES = ["CASEWORKER", "SUPERVISOR", "ADMIN"] as const;

async function staffClaims(role: (typeof STAFF_ROLES)[number]): Promise<SessionClaims> {
  const user = await createStaffUser(db, { role, district: role === "CASEWORKER" ? "NAURYZBAY" : null });
  return { uid: user.id, role, sv: user.sessionVersion ?? 0, activeAt: signedInAt, signedInAt };
}

describe("staff idle timeout", () => {
  afterAll(() => db.$disconnect());

  it.each(STAFF_ROLES)("%s: requests inside the limit slide it; a session used every 29 minutes outlives 30 minutes", async (role) => {
    const claims = await staffClaims(role);
    const options = (minutesAfterSignIn: number) => ({ now: signedInAt + minutesAfterSignIn * MINUTE, staffIdleMinutes: 30, maxSessionHours: 12 });

    const first = await revalidateSessionClaims(claims, options(29));
    expect(first, `${role}: a request 29 minutes after sign-in`).toEqual({ ...claims, activeAt: signedInAt + 29 * MINUTE });
    const second = first && (await revalidateSessionClaims(first, options(58)));
    expect(second, `${role}: a request 58 minutes after sign-in, 29 after the last`).toEqual({ ...claims, activeAt: signedInAt + 58 * MINUTE });
    // Without the request in between, the same moment is past the limit.
    expect(await revalidateSessionClaims(claims, options(58)), `${role}: 58 minutes idle`).toBeNull();
    // After the slide, idleness counts from the last request, not from sign-in.
    expect(second && (await revalidateSessionClaims(second, options(58 + 31))), `${role}: 31 minutes after the last request`).toBeNull();
  });

  it.each(STAFF_ROLES)("%s: the configured limit is the one applied (5 minutes)", async (role) => {
    const claims = await staffClaims(role);
    const atIdle = (idleMs: number) => revalidateSessionClaims({ ...claims, activeAt: signedInAt - idleMs }, { now: signedInAt, staffIdleMinutes: 5, maxSessionHours: 12 });
    expect(await atIdle(5 * MINUTE), `${role}: idle exactly 5 minutes`).not.toBeNull();
    expect(await atIdle(5 * MINUTE + 1), `${role}: idle 5 minutes and 1 ms`).toBeNull();
  });

  it("citizens are not cut by the staff limit: idle for just under their 8-hour session, still signed in, and it slides", async () => {
    const { user } = await createCitizenWithFamily(db);
    const claims: SessionClaims = { uid: user.id, role: "CITIZEN", sv: 0, activeAt: signedInAt, signedInAt };
    const now = signedInAt + (8 * 60 - 1) * MINUTE;
    expect(await revalidateSessionClaims(claims, { now, staffIdleMinutes: 30, maxSessionHours: 12 })).toEqual({ ...claims, activeAt: now });
    expect(await revalidateSessionClaims(claims, { now, staffIdleMinutes: 1, maxSessionHours: 12 }), "citizen with a 1-minute staff limit").not.toBeNull();
  });
});
