// Staff in reach may view a family's PNG, JPEG or PDF inline (sandboxed, not sniffed,
// never cached); everything else, and every download by the family itself, stays an
// attachment. Outside the reach: the same bare 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { documentDownloadResponse } from "@/lib/documents/document-download-response";
import { uploadDocument } from "@/lib/documents/upload-document";
import { createFamily, createStaff, makeTemporaryUploadsDir, removeDirectory } from "../documents/fixtures";
import { samplePdf, samplePng } from "../documents/samples";

const uploads = makeTemporaryUploadsDir();

describe("viewing a document inline", () => {
  let family: Awaited<ReturnType<typeof createFamily>>;
  let pdfId: string;
  let pngId: string;

  beforeAll(async () => {
    family = await createFamily("ALMALY");
    ({ id: pdfId } = await uploadDocument(family.actor, { kind: "INCOME_STATEMENT", originalName: "справка.pdf", content: samplePdf() }));
    ({ id: pngId } = await uploadDocument(family.actor, { kind: "BIRTH_CERTIFICATE", originalName: "photo.png", content: samplePng() }));
  });
  afterAll(async () => {
    removeDirectory(uploads);
    await db.$disconnect();
  });

  it("a caseworker of the district views a PDF and a PNG inline, sandboxed, never cached; recorded as a view", async () => {
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    for (const [id, type] of [[pdfId, "application/pdf"], [pngId, "image/png"]] as const) {
      const response = await documentDownloadResponse(caseworker, id, "inline");
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(type);
      expect(response.headers.get("Content-Disposition")).toMatch(/^inline; filename=/);
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Content-Security-Policy")).toBe("sandbox");
      expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      await response.arrayBuffer();
    }
    expect(await db.auditLog.count({ where: { action: "document.view", entityId: pdfId, actorId: caseworker.id } })).toBe(1);
  });

  it("without ?view=inline, and for the family itself, the file stays an attachment", async () => {
    const supervisor = await createStaff("SUPERVISOR");
    const download = await documentDownloadResponse(supervisor, pdfId);
    expect(download.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    expect(download.headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox");
    await download.arrayBuffer();
    const own = await documentDownloadResponse(family.actor, pngId, "inline");
    expect(own.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    await own.arrayBuffer();
  });

  it("a caseworker of another district, or no one signed in, gets 404 either way", async () => {
    const outsider = await createStaff("CASEWORKER", "TURKSIB");
    expect((await documentDownloadResponse(outsider, pngId, "inline")).status).toBe(404);
    expect((await documentDownloadResponse(outsider, pngId)).status).toBe(404);
    expect((await documentDownloadResponse(null, pngId, "inline")).status).toBe(404);
  });
});
