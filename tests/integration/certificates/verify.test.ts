// The public check behind the QR code: number, amount, dates and status, and nothing
// personal; an unknown or near-miss token learns nothing; a client that keeps trying is
// throttled, and its address is not stored readable.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CERTIFICATE_CHECK_CLIENT_LIMIT, verifyCertificate } from "@/lib/certificates/verify-certificate";
import { encodeVerificationToken, verificationCodeSchema } from "@/lib/certificates/verification-token";
import { db } from "@/lib/db/client";
import { createCertificateHolder, type TestFamily } from "./fixtures";

let family: TestFamily;
let applicationId: string;
let token: string;
let number: string;
let clientCounter = 0;
/** A fresh client address per check, so only the throttling test meets the limit. */
const client = () => ({ address: `198.51.100.${++clientCounter}-${process.pid}` });

describe("verifyCertificate", () => {
  beforeAll(async () => {
    const holder = await createCertificateHolder("AUEZOV", { issuedOn: "2026-03-15", amountTenge: 1_000_000 });
    family = holder.family;
    applicationId = holder.applicationId;
    token = holder.certificate.verificationToken;
    number = holder.certificate.number;
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it("confirms a valid certificate with its number, amount and dates only", async () => {
    const result = await verifyCertificate(token, client(), "2026-06-01");
    expect(result).toEqual({
      kind: "found",
      certificate: { number, amountTenge: 1_000_000, issuedOn: "2026-03-15", validUntil: "2026-09-14", status: "VALID" },
    });
    const json = JSON.stringify(result);
    for (const personal of [family.fullName, family.iin, family.iin.slice(-4), applicationId, family.familyId, token]) expect(json).not.toContain(personal);
    const application = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { reference: true } });
    expect(json).not.toContain(application.reference);
  });

  it("counts the last valid day as valid and the next day as expired", async () => {
    expect(await verifyCertificate(token, client(), "2026-09-14")).toMatchObject({ certificate: { status: "VALID" } });
    expect(await verifyCertificate(token, client(), "2026-09-15")).toMatchObject({ certificate: { status: "EXPIRED" } });
  });

  it("says revoked for a revoked certificate, even within its validity", async () => {
    const revoked = await createCertificateHolder("AUEZOV");
    await db.housingCertificate.update({ where: { id: revoked.certificate.id }, data: { revokedAt: new Date("2026-04-01T05:00:00Z"), revokeReason: "test" } });
    expect(await verifyCertificate(revoked.certificate.verificationToken, client(), "2026-04-02")).toMatchObject({ certificate: { status: "REVOKED" } });
  });

  it("finds nothing for an unknown, a near-miss or a malformed token, with the same answer", async () => {
    const nearMiss = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const unknown = encodeVerificationToken(randomBytes(16));
    for (const attempt of [nearMiss, unknown, token.toLowerCase() === token ? token.toUpperCase() : token.toLowerCase(), `${token}x`, "", "../etc/passwd", `${token.slice(0, 10)}%`]) {
      expect(await verifyCertificate(attempt, client(), "2026-06-01"), attempt).toEqual({ kind: "not_found" });
    }
  });

  it("throttles a client that keeps checking, whatever the tokens, and stores only a hash of its address", async () => {
    const address = `203.0.113.77-${process.pid}`;
    for (let attempt = 0; attempt < CERTIFICATE_CHECK_CLIENT_LIMIT.max; attempt++) {
      const result = await verifyCertificate(attempt % 2 ? token : encodeVerificationToken(randomBytes(16)), { address }, "2026-06-01");
      expect(result.kind).not.toBe("throttled");
    }
    const blocked = await verifyCertificate(token, { address }, "2026-06-01");
    expect(blocked).toMatchObject({ kind: "throttled", retryAfterSeconds: expect.any(Number) });
    // Another client is not affected.
    expect((await verifyCertificate(token, client(), "2026-06-01")).kind).toBe("found");
    expect(await db.rateLimitBucket.count({ where: { key: { contains: address } } })).toBe(0);
  });
});

describe("the code typed on /verify", () => {
  const token = "AbCdEfGhIjKlMnOpQrSt_-";

  it("accepts the code as printed, with spaces around it, or the whole pasted link", () => {
    for (const typed of [token, `  ${token} `, `https://bakytty.almaty.kz/verify/${token}`, `https://bakytty.almaty.kz/ru/verify/${token}/?utm=x`]) {
      expect(verificationCodeSchema.safeParse({ code: typed }), typed).toEqual({ success: true, data: { code: token } });
    }
  });

  it("refuses an empty, short or odd code, and any extra field", () => {
    expect(verificationCodeSchema.safeParse({ code: " " }).error?.issues[0]?.message).toBe("codeRequired");
    for (const typed of [token.slice(1), `${token}A`, token.replace("A", "Ä"), `${token.slice(0, 21)}.`]) {
      expect(verificationCodeSchema.safeParse({ code: typed }).error?.issues[0]?.message, typed).toBe("codeFormat");
    }
    expect(verificationCodeSchema.safeParse({ code: token, status: "VALID" }).success).toBe(false);
  });
});
