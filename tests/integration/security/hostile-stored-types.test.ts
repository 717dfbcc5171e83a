// A document row whose stored type says HTML, SVG or script (uploads refuse such files by
// content, but a row can arrive another way: an import, a restored backup) is served as an
// opaque attachment: never as its stored type, never inline, always sandboxed and unsniffed.
// The same, over HTTP in a browser session: tests/e2e/security/downloads.spec.ts.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { documentDownloadResponse, type DocumentView } from "@/lib/documents/document-download-response";
import { uploadDocument } from "@/lib/documents/upload-document";
import { createFamily, createStaff, makeTemporaryUploadsDir, removeDirectory } from "../documents/fixtures";
import { sampleHtml, samplePdf, sampleSvg } from "../documents/samples";

const uploads = makeTemporaryUploadsDir();

const HOSTILE_ROWS = [
  ["text/html", sampleHtml],
  ["image/svg+xml", sampleSvg],
  ["application/xhtml+xml", sampleHtml],
  ["text/javascript", () => new TextEncoder().encode("fetch('/api/auth/session')")],
] as const;

describe("documents stored with an active-content type", () => {
  afterAll(async () => {
    removeDirectory(uploads);
    await db.$disconnect();
  });

  it.each(HOSTILE_ROWS)("a row stored as %s reaches nobody as that type", async (mimeType, content) => {
    const family = await createFamily("ALMALY");
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    const { id } = await uploadDocument(family.actor, { kind: "OTHER", originalName: "legacy.pdf", content: samplePdf() });
    const row = await db.document.update({ where: { id }, data: { mimeType }, select: { storageKey: true } });
    writeFileSync(path.join(uploads, row.storageKey), content());

    const requests: [string, Parameters<typeof documentDownloadResponse>[0], DocumentView][] = [
      ["the family", family.actor, "attachment"],
      ["the family asking inline", family.actor, "inline"],
      ["a caseworker", caseworker, "attachment"],
      ["a caseworker asking inline", caseworker, "inline"],
    ];
    for (const [who, actor, view] of requests) {
      const response = await documentDownloadResponse(actor, id, view);
      const what = `${who}, stored as ${mimeType}`;
      expect(response.status, what).toBe(200);
      expect(response.headers.get("content-type"), `${what}: Content-Type`).toBe("application/octet-stream");
      expect(response.headers.get("content-disposition"), `${what}: Content-Disposition`).toMatch(/^attachment; filename="legacy\.pdf"; filename\*=UTF-8''legacy\.pdf$/);
      expect(response.headers.get("content-security-policy"), `${what}: CSP`).toBe("default-src 'none'; sandbox");
      expect(response.headers.get("x-content-type-options"), `${what}: nosniff`).toBe("nosniff");
      await response.body?.cancel();
    }
  });
});
