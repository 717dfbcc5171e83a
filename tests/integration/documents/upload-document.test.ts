// Uploading into the locker: stored under a server-made name with its hash and size,
// refused by content, and never half-written.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { uploadDocument } from "@/lib/documents/upload-document";
import { createFamily, createStaff, filesUnder, removeDirectory, makeTemporaryUploadsDir } from "./fixtures";
import { sampleJpeg } from "./jpeg-sample";
import { oversizedPdf, sampleExe, sampleHtml, samplePdf, samplePng, sampleSvg } from "./samples";

const uploads = makeTemporaryUploadsDir();

describe("uploading a document", () => {
  afterAll(async () => {
    removeDirectory(uploads);
    await db.$disconnect();
  });

  it("stores a PDF under a random name in the family's folder, with its hash and size", async () => {
    const { actor, familyId } = await createFamily();
    const content = samplePdf();
    const { id } = await uploadDocument(actor, { kind: "INCOME_STATEMENT", originalName: "справка о доходах.pdf", content });

    const row = await db.document.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      familyId,
      uploadedById: actor.id,
      kind: "INCOME_STATEMENT",
      originalName: "справка о доходах.pdf",
      mimeType: "application/pdf",
      sizeBytes: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
    });
    expect(row.storageKey).toMatch(new RegExp(`^${familyId}/[0-9a-f-]{36}\\.pdf$`));
    expect(filesUnder(path.join(uploads, familyId))).toEqual([row.storageKey.split("/")[1]]);
    expect(new Uint8Array(readFileSync(path.join(uploads, row.storageKey)))).toEqual(content);
    expect(await db.auditLog.count({ where: { action: "document.upload", entityId: id, actorId: actor.id } })).toBe(1);
  });

  it("accepts JPEG and PNG by content, and a PDF named .png as a PDF", async () => {
    const { actor } = await createFamily();
    const jpeg = await uploadDocument(actor, { kind: "IDENTITY", originalName: "passport.jpg", content: await sampleJpeg() });
    const png = await uploadDocument(actor, { kind: "BIRTH_CERTIFICATE", originalName: "birth.png", content: samplePng() });
    const renamedPdf = await uploadDocument(actor, { kind: "OTHER", originalName: "scan", content: samplePdf() });
    const rows = await db.document.findMany({ where: { id: { in: [jpeg.id, png.id, renamedPdf.id] } }, select: { id: true, mimeType: true, storageKey: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(jpeg.id)).toMatchObject({ mimeType: "image/jpeg", storageKey: expect.stringMatching(/\.jpg$/) });
    expect(byId.get(png.id)).toMatchObject({ mimeType: "image/png", storageKey: expect.stringMatching(/\.png$/) });
    expect(byId.get(renamedPdf.id)).toMatchObject({ mimeType: "application/pdf", storageKey: expect.stringMatching(/\.pdf$/) });
  });

  it("refuses a path-traversal name and writes nothing anywhere", async () => {
    const { actor, familyId } = await createFamily();
    await expect(uploadDocument(actor, { kind: "OTHER", originalName: "../../etc/passwd.pdf", content: samplePdf() })).rejects.toEqual(new AppError("INVALID_INPUT", "fileNameNotAllowed"));
    expect(await db.document.count({ where: { familyId } })).toBe(0);
    expect(filesUnder(uploads).filter((file) => file.includes("passwd"))).toEqual([]);
  });

  it.each([
    ["a program renamed to .pdf", "setup.pdf", sampleExe(), "fileTypeNotAllowed"],
    ["an SVG with a script", "drawing.svg", sampleSvg(), "fileTypeNotAllowed"],
    ["an HTML page named .png", "page.png", sampleHtml(), "fileTypeNotAllowed"],
    ["a program named .png", "image.png", sampleExe(), "fileTypeNotAllowed"],
    ["an empty file", "empty.pdf", new Uint8Array(), "fileEmpty"],
    ["an 11 MB file", "big.pdf", oversizedPdf(), "fileTooLarge"],
  ] as const)("refuses %s and writes nothing", async (_label, originalName, content, problem) => {
    const { actor, familyId } = await createFamily();
    await expect(uploadDocument(actor, { kind: "OTHER", originalName, content })).rejects.toEqual(new AppError("INVALID_INPUT", problem));
    expect(await db.document.count({ where: { familyId } })).toBe(0);
    expect(filesUnder(path.join(uploads, familyId))).toEqual([]);
  });

  it("removes the file when the database write fails", async () => {
    const { actor, familyId } = await createFamily();
    // A real failure inside PostgreSQL: a trigger that refuses this family's documents.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_document_${process.pid}() RETURNS trigger AS $$
      BEGIN
        IF NEW."familyId" = '${familyId}' THEN RAISE EXCEPTION 'refused by test'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_document_${process.pid} BEFORE INSERT ON "Document" FOR EACH ROW EXECUTE FUNCTION test_refuse_document_${process.pid}()`);
    try {
      await expect(uploadDocument(actor, { kind: "OTHER", originalName: "scan.pdf", content: samplePdf() })).rejects.toThrow(/refused by test/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_document_${process.pid} ON "Document"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_document_${process.pid}()`);
    }
    expect(await db.document.count({ where: { familyId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "document.upload", actorId: actor.id } })).toBe(0);
    // Neither the temporary file nor a final one is left.
    expect(filesUnder(path.join(uploads, familyId))).toEqual([]);
  });

  it("is for families only: staff cannot upload, and a citizen needs a family first", async () => {
    const caseworker = await createStaff("CASEWORKER", "ALMALY");
    await expect(uploadDocument(caseworker, { kind: "OTHER", originalName: "a.pdf", content: samplePdf() })).rejects.toEqual(new AppError("FORBIDDEN"));
    const { actor, familyId } = await createFamily();
    await db.$transaction([
      db.housingQueueEvent.deleteMany({ where: { entry: { familyId } } }),
      db.housingQueueEntry.deleteMany({ where: { familyId } }),
      db.housingSituation.deleteMany({ where: { familyId } }),
      db.familyMember.deleteMany({ where: { familyId } }),
      db.family.delete({ where: { id: familyId } }),
    ]);
    await expect(uploadDocument(actor, { kind: "OTHER", originalName: "a.pdf", content: samplePdf() })).rejects.toEqual(new AppError("CONFLICT", "noFamily"));
  });
});
