// Sign-in answers: the same "invalid" for an unknown IIN, a wrong password and a disabled
// account; throttling after repeated attempts; no IIN stored in the throttle table.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authorizeCredentials, SIGN_IN_LIMITS } from "@/lib/auth/authorize-credentials";
import { db } from "@/lib/db/client";
import { buildIin } from "@/lib/iin";
import { createStaffUser } from "@/prisma/seed/factories";

const secret = "test-secret-test-secret-test-secret-42";
const context = () => ({ clientAddress: `test-${randomBytes(4).toString("hex")}`, secret });

describe("authorizeCredentials", () => {
  afterAll(() => db.$disconnect());

  it("accepts the right IIN and password and returns the role and session version", async () => {
    const staff = await createStaffUser(db, { role: "SUPERVISOR", password: "Correct-Horse-2026" });
    const result = await authorizeCredentials({ iin: staff.iin, password: "Correct-Horse-2026" }, context());
    expect(result).toEqual({ ok: true, user: { id: staff.id, role: "SUPERVISOR", sessionVersion: 0 } });
  });

  it("gives the same answer for a wrong password, an unknown IIN and a disabled account", async () => {
    const staff = await createStaffUser(db, { role: "CASEWORKER", district: "MEDEU", password: "Correct-Horse-2026" });
    const disabled = await createStaffUser(db, { role: "ADMIN", password: "Correct-Horse-2026" });
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const unknownIin = buildIin("1970-01-01", "male", 9_950);

    const wrongPassword = await authorizeCredentials({ iin: staff.iin, password: "wrong-password" }, context());
    const unknown = await authorizeCredentials({ iin: unknownIin, password: "Correct-Horse-2026" }, context());
    const disabledAnswer = await authorizeCredentials({ iin: disabled.iin, password: "Correct-Horse-2026" }, context());
    const malformed = await authorizeCredentials({ iin: "12", password: "" }, context());

    for (const answer of [wrongPassword, unknown, disabledAnswer, malformed]) expect(answer).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after repeated attempts, even with the right password, and unknown IINs alike", async () => {
    const staff = await createStaffUser(db, { role: "CASEWORKER", district: "ALATAU", password: "Correct-Horse-2026" });
    const unknownIin = buildIin("1971-02-02", "female", 9_951);
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount.max; attempt += 1) {
      await authorizeCredentials({ iin: staff.iin, password: "wrong" }, context());
      await authorizeCredentials({ iin: unknownIin, password: "wrong" }, context());
    }
    const known = await authorizeCredentials({ iin: staff.iin, password: "Correct-Horse-2026" }, context());
    const unknown = await authorizeCredentials({ iin: unknownIin, password: "wrong" }, context());
    expect(known).toMatchObject({ ok: false, reason: "throttled" });
    expect(unknown).toMatchObject({ ok: false, reason: "throttled" });
    if (!known.ok && known.reason === "throttled") expect(known.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("forgets failed attempts after a successful sign-in", async () => {
    const staff = await createStaffUser(db, { role: "SUPERVISOR", password: "Correct-Horse-2026" });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount.max - 1; attempt += 1) {
      await authorizeCredentials({ iin: staff.iin, password: "wrong" }, context());
    }
    expect((await authorizeCredentials({ iin: staff.iin, password: "Correct-Horse-2026" }, context())).ok).toBe(true);
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount.max - 1; attempt += 1) {
      await authorizeCredentials({ iin: staff.iin, password: "wrong" }, context());
    }
    expect((await authorizeCredentials({ iin: staff.iin, password: "Correct-Horse-2026" }, context())).ok).toBe(true);
  });

  it("throttles one client address that tries many accounts", async () => {
    const client = context();
    let last;
    for (let attempt = 0; attempt <= SIGN_IN_LIMITS.perClient.max; attempt += 1) {
      last = await authorizeCredentials({ iin: buildIin("1980-03-03", "male", 9_000 + attempt), password: "x" }, client);
    }
    expect(last).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("does not count a client's successful sign-ins: an office behind one address is not locked out", async () => {
    const staff = await createStaffUser(db, { role: "CASEWORKER", district: "AUEZOV", password: "Correct-Horse-2026" });
    const office = context();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perClient.max + 10; attempt += 1) {
      expect((await authorizeCredentials({ iin: staff.iin, password: "Correct-Horse-2026" }, office)).ok).toBe(true);
    }
    // Failures still count: the limit is reached after max failed attempts.
    let last;
    for (let attempt = 0; attempt <= SIGN_IN_LIMITS.perClient.max; attempt += 1) {
      last = await authorizeCredentials({ iin: buildIin("1981-04-04", "female", 9_000 + attempt), password: "x" }, office);
    }
    expect(last).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("never stores an IIN in the throttle table", async () => {
    const staff = await createStaffUser(db, { role: "CASEWORKER", district: "AUEZOV", password: "Correct-Horse-2026" });
    await authorizeCredentials({ iin: staff.iin, password: "wrong" }, context());
    const keys = await db.rateLimitBucket.findMany({ select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some(({ key }) => key.includes(staff.iin))).toBe(false);
  });
});
