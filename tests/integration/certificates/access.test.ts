// Who gets a certificate's PDF and summary: the family that holds it, staff of the family's
// district (supervisors and administrators: any). Everyone else gets the same bare 404 as
// for a certificate that does not exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificatePdfResponse } from "@/lib/certificates/certificate-pdf-response";
import { getCertificateSummary } from "@/lib/certificates/get-certificate-summary";
import { getOwnCertificate } from "@/lib/certificates/get-own-certificate";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createApplication, createCertificateHolder, createFamily, createStaff, otherDistrict, type TestFamily } from "./fixtures";

const ORIGIN = "https://bakytty.almaty.kz";
const NOT_FOUND = new AppError("NOT_FOUND");

let holder: TestFamily;
let applicationId: string;
let certificateId: string;
let number: string;

describe("access to a housing certificate", () => {
  beforeAll(async () => {
    const created = await createCertificateHolder("ALMALY");
    holder = created.family;
    applicationId = created.applicationId;
    certificateId = created.certificate.id;
    number = created.certificate.number;
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it("the family downloads its certificate as a PDF attachment named by its number, never stored or sniffed", async () => {
    const response = await certificatePdfResponse(holder.actor, certificateId, ORIGIN);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${number}.pdf"; filename*=UTF-8''${number}.pdf`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(response.headers.get("content-length")).toBe(String(body.length));
    // The family's own downloads are not audited; staff downloads are (below).
    expect(await db.auditLog.count({ where: { action: "certificate.download", entityId: certificateId } })).toBe(0);
  });

  it("a caseworker of the family's district, a supervisor and an administrator get it, each download audited", async () => {
    for (const actor of [await createStaff("CASEWORKER", holder.district), await createStaff("SUPERVISOR"), await createStaff("ADMIN")]) {
      const response = await certificatePdfResponse(actor, certificateId, ORIGIN);
      expect(response.status, actor.role).toBe(200);
      expect(await db.auditLog.count({ where: { action: "certificate.download", entityId: certificateId, actorId: actor.id } })).toBe(1);
    }
  });

  it("another family, a caseworker of another district, a signed-out visitor and unknown or malformed ids all get the same 404", async () => {
    const stranger = await createFamily(holder.district);
    const outsider = await createStaff("CASEWORKER", otherDistrict(holder.district));
    const answers = await Promise.all([
      certificatePdfResponse(stranger.actor, certificateId, ORIGIN),
      certificatePdfResponse(outsider, certificateId, ORIGIN),
      certificatePdfResponse(null, certificateId, ORIGIN),
      certificatePdfResponse(holder.actor, "hc_does_not_exist", ORIGIN),
      certificatePdfResponse(holder.actor, "../../etc/passwd", ORIGIN),
    ]);
    expect(answers.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    const bodies = await Promise.all(answers.map((response) => response.text()));
    expect(new Set(bodies)).toEqual(new Set(["Not found"]));
    expect(answers.every((response) => response.headers.get("cache-control") === "private, no-store")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "certificate.download", entityId: certificateId, actorId: outsider.id } })).toBe(0);
  });

  it("a revoked certificate still downloads (marked revoked on the document)", async () => {
    const revoked = await createCertificateHolder(holder.district);
    await db.housingCertificate.update({ where: { id: revoked.certificate.id }, data: { revokedAt: new Date(), revokeReason: "test" } });
    const response = await certificatePdfResponse(revoked.family.actor, revoked.certificate.id, ORIGIN);
    expect(response.status).toBe(200);
  });

  it("the family's application page sees its certificate; nobody else's page data does", async () => {
    const view = await getOwnCertificate(holder.actor, applicationId, "2026-04-01");
    expect(view).toEqual({
      id: certificateId,
      number,
      amountTenge: 1_000_000,
      issuedOn: "2026-03-15",
      validUntil: "2026-09-14",
      status: "VALID",
      downloadHref: `/api/certificates/${certificateId}/pdf`,
    });
    expect((await getOwnCertificate(holder.actor, applicationId, "2026-09-15"))?.status).toBe("EXPIRED");

    const stranger = await createFamily(holder.district);
    await expect(getOwnCertificate(stranger.actor, applicationId)).rejects.toEqual(NOT_FOUND);
    await expect(getOwnCertificate(await createStaff("CASEWORKER", holder.district), applicationId)).rejects.toEqual(NOT_FOUND);
    await expect(getOwnCertificate(holder.actor, "app_does_not_exist")).rejects.toEqual(NOT_FOUND);
    // An application without a certificate (not approved yet): nothing to show.
    expect(await getOwnCertificate(stranger.actor, await createApplication(stranger.familyId, { status: "IN_REVIEW" }))).toBeNull();
  });

  it("staff summaries follow the district: the family's caseworker yes, another district's no", async () => {
    const caseworker = await createStaff("CASEWORKER", holder.district);
    expect((await getCertificateSummary(caseworker, applicationId))?.number).toBe(number);
    expect((await getCertificateSummary(await createStaff("SUPERVISOR"), applicationId))?.number).toBe(number);
    await expect(getCertificateSummary(await createStaff("CASEWORKER", otherDistrict(holder.district)), applicationId)).rejects.toEqual(NOT_FOUND);
    await expect(getCertificateSummary((await createFamily(holder.district)).actor, applicationId)).rejects.toEqual(NOT_FOUND);
  });
});
