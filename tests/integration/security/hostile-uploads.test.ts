// Hostile uploads, the list of issue 7, through the real upload data function, the real
// PostgreSQL and a real uploads folder: each refused file leaves no Document row, no audit
// row and no file (not even a temporary one), and its reason is a message the family reads
// in all three languages. A hostile *name* on an acceptable file is not refused: it is kept
// for display only, cleaned, and never becomes a path (the file goes under a server-made name).
// Also proved, not repeated here: the magic-number table (tests/integration/documents/
// detect-file-type.test.ts), an empty file, an 11 MB file and rollback after a failed row
// write (tests/integration/documents/upload-document.test.ts), the same refusal shown in the
// browser (tests/e2e/documents.spec.ts).
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { documentDownloadResponse } from "@/lib/documents/document-download-response";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/document-limits";
import { uploadDocument, type UploadProblem } from "@/lib/documents/upload-document";
import { AppError } from "@/lib/errors/app-error";
import en from "@/lib/i18n/messages/en/documents.json";
import kk from "@/lib/i18n/messages/kk/documents.json";
import ru from "@/lib/i18n/messages/ru/documents.json";
import { createFamily, filesUnder, makeTemporaryUploadsDir, removeDirectory } from "../documents/fixtures";
import { sampleJpeg } from "../documents/jpeg-sample";
import { sampleExe, sampleHtml, samplePdf, samplePng, sampleSvg } from "../documents/samples";

const uploads = makeTemporaryUploadsDir();
const ERROR_MESSAGES = { en: en.errors, ru: ru.errors, kk: kk.errors } as const;

/** The start of a Linux program: the ELF magic number and a 64-bit header. */
function sampleElf(): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]);
  return bytes;
}

/** A PDF-headed file one byte over the limit. */
function pdfOverLimit(): Uint8Array {
  const bytes = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
  bytes.set(samplePdf().slice(0, 100));
  return bytes;
}

/** Refused: a name, the type the browser declared, the bytes, and the reason the family is told. */
const REFUSED: readonly [label: string, name: string, declaredType: string | undefined, content: () => Uint8Array | Promise<Uint8Array>, problem: UploadProblem][] = [
  ["a Windows program renamed to .pdf", "setup.pdf", "application/pdf", sampleExe, "fileTypeNotAllowed"],
  ["a Windows program renamed to .jpg", "holiday.jpg", "image/jpeg", sampleExe, "fileTypeNotAllowed"],
  ["a Linux program renamed to .pdf", "statement.pdf", "application/pdf", sampleElf, "fileTypeNotAllowed"],
  ["a Linux program renamed to .png", "photo.png", "image/png", sampleElf, "fileTypeNotAllowed"],
  ["a file one byte over 10 MB", "scan.pdf", "application/pdf", pdfOverLimit, "fileTooLarge"],
  ["an SVG with a script, named .svg", "drawing.svg", "image/svg+xml", sampleSvg, "fileTypeNotAllowed"],
  ["an SVG with a script, named .png", "drawing.png", "image/png", sampleSvg, "fileTypeNotAllowed"],
  ["an HTML page named .pdf", "statement.pdf", "application/pdf", sampleHtml, "fileTypeNotAllowed"],
  ["a PDF claiming to be an image (image/png, .png)", "scan.png", "image/png", samplePdf, "fileTypeMismatch"],
  ["a PDF named .png, no declared type", "scan.png", undefined, samplePdf, "fileTypeMismatch"],
  ["a PDF named .pdf but declared image/png", "scan.pdf", "image/png", samplePdf, "fileTypeMismatch"],
  ["a PDF named .jpg", "scan.JPG", "image/jpeg", samplePdf, "fileTypeMismatch"],
  ["a PNG named .html", "page.html", "text/html", samplePng, "fileTypeMismatch"],
  ["a JPEG named .svg", "photo.svg", "image/svg+xml", sampleJpeg, "fileTypeMismatch"],
  ["a PDF named .exe behind a right-to-left override (shows as …exe.pdf)", "report\u202Efdp.exe", "application/pdf", samplePdf, "fileTypeMismatch"],
  ["a PDF whose name ends .html after a NUL", "invoice.pdf\u0000.html", "application/pdf", samplePdf, "fileTypeMismatch"],
  ["a PDF named .png. (Windows drops the trailing dot)", "scan.png.", "application/pdf", samplePdf, "fileTypeMismatch"],
  ["a PDF under a Unix path traversal", "../../etc/passwd.pdf", "application/pdf", samplePdf, "fileNameNotAllowed"],
  ["a PDF under a Windows path traversal", "..\\..\\win.ini", "application/pdf", samplePdf, "fileNameNotAllowed"],
  ["a PDF under an absolute path", "/var/lib/bakytty/uploads/other-family/x.pdf", "application/pdf", samplePdf, "fileNameNotAllowed"],
  ["a PDF whose name holds a NUL byte", "scan\u0000.pdf", "application/pdf", samplePdf, "fileNameNotAllowed"],
  ["a PDF whose name holds control characters and a line break", "scan\u0007\r\nSet-Cookie: x=1.pdf", "application/pdf", samplePdf, "fileNameNotAllowed"],
  ["a PDF named only dots", "..", "application/pdf", samplePdf, "fileNameNotAllowed"],
];

/**
 * Acceptable files under odd but possible names: stored, and the name is only ever a
 * cleaned display name (names that are paths or hold control characters are refused above).
 */
const HOSTILE_NAMES: readonly [label: string, name: string][] = [
  ["a URL-encoded traversal (literal percent signs, no folder)", "..%2F..%2Fetc%2Fpasswd.pdf"],
  ["quotes and a semicolon that could break a header", 'scan"; filename="evil.html.pdf'],
  ["a 300-character Kazakh name", `${"Құжат".repeat(60)}.pdf`],
];

async function expectNothingWritten(familyId: string, actorId: string, what: string): Promise<void> {
  expect(await db.document.count({ where: { familyId } }), `${what}: a Document row was written`).toBe(0);
  expect(await db.auditLog.count({ where: { action: "document.upload", actorId } }), `${what}: an audit row was written`).toBe(0);
  expect(filesUnder(path.join(uploads, familyId)), `${what}: a file was left in the family folder`).toEqual([]);
}

describe("hostile uploads", () => {
  afterAll(async () => {
    removeDirectory(uploads);
    await db.$disconnect();
  });

  it.each(REFUSED)("refuses %s and writes nothing", async (label, originalName, declaredType, content, problem) => {
    const { actor, familyId } = await createFamily();
    const bytes = await content();
    await expect(uploadDocument(actor, { kind: "OTHER", originalName, declaredType, content: bytes }), label).rejects.toEqual(new AppError("INVALID_INPUT", problem));
    await expectNothingWritten(familyId, actor.id, label);
  });

  it("tells the family why, in Kazakh, Russian and English, for every refusal above", () => {
    for (const problem of new Set(REFUSED.map((row) => row[4]))) {
      for (const [locale, messages] of Object.entries(ERROR_MESSAGES)) {
        expect((messages as Record<string, unknown>)[problem], `${locale} documents.errors.${problem}`).toEqual(expect.stringMatching(/\S/));
      }
    }
  });

  it.each(HOSTILE_NAMES)("stores an acceptable PDF sent with %s under a server-made name; the name is display-only and safe", async (label, originalName) => {
    const { actor, familyId } = await createFamily();
    const { id } = await uploadDocument(actor, { kind: "OTHER", originalName, declaredType: "application/pdf", content: samplePdf() });
    const row = await db.document.findUniqueOrThrow({ where: { id } });

    expect(row.storageKey, `${label}: storage key`).toMatch(new RegExp(`^${familyId}/[0-9a-f-]{36}\\.pdf$`));
    expect(filesUnder(path.join(uploads, familyId)), `${label}: the family folder`).toEqual([row.storageKey.split("/")[1]]);
    // Nothing anywhere else: every file under the uploads root is <family id>/<uuid>.<ext>.
    const strays = filesUnder(uploads).filter((file) => !/^[A-Za-z0-9_-]+[\\/][0-9a-f-]{36}\.(pdf|jpg|png)$/.test(file));
    expect(strays, `${label}: files outside a family folder or under another name`).toEqual([]);
    // The display name: one segment, no controls, never a folder reference.
    expect(row.originalName, `${label}: display name`).not.toMatch(/[\\/\u0000-\u001f\u007f]/);
    expect(row.originalName, `${label}: display name`).not.toMatch(/^\.+$/);

    // The download header carries it safely: one line, an ASCII fallback and the RFC 5987 form.
    const response = await documentDownloadResponse(actor, id);
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition, `${label}: Content-Disposition`).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+,=@^`|#-]*$/);
    expect(disposition, `${label}: Content-Disposition`).not.toMatch(/[\r\n]|\.\.\//);
    await response.body?.cancel();
  });
});
