// Who can fetch, attach and delete a family's document: the family, and for reading,
// staff of the family's district (supervisors and administrators: any). Everyone else is
// told NOT_FOUND / 404, exactly as for a document that does not exist.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { attachDocuments, setApplicationDocuments } from "@/lib/documents/application-documents";
import { deleteDocument } from "@/lib/documents/delete-document";
import { documentDownloadResponse } from "@/lib/documents/document-download-response";
import { getApplicationAttachments } from "@/lib/documents/get-application-attachments";
import { listFamilyDocuments } from "@/lib/documents/list-family-documents";
import { uploadDocument } from "@/lib/documents/upload-document";
import { AppError } from "@/lib/errors/app-error";
import type { District } from "@/prisma/generated/enums";
import { createApplication, createFamily, createStaff, otherDistrict, removeDirectory, makeTemporaryUploadsDir } from "./fixtures";
import { samplePdf } from "./samples";

const uploads = makeTemporaryUploadsDir();
const NOT_FOUND = new AppError("NOT_FOUND");

let first: { actor: Actor; familyId: string; district: District };
let second: { actor: Actor; familyId: string; district: District };
let documentId: string;
const content = samplePdf("first family's income statement");

async function bodyOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

describe("access to a family's documents", () => {
  beforeAll(async () => {
    first = await createFamily("ALMALY");
    second = await createFamily("ALMALY");
    ({ id: documentId } = await uploadDocument(first.actor, { kind: "INCOME_STATEMENT", originalName: "доход 2026.pdf", content }));
  });

  afterAll(async () => {
    removeDirectory(uploads);
    await db.$disconnect();
  });

  it("the family downloads its file as an attachment that browsers will not sniff or keep", async () => {
    const response = await documentDownloadResponse(first.actor, documentId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(content.length),
      // Non-ASCII letters: "_" in the plain fallback, the real name in the RFC 5987 form.
      "content-disposition": `attachment; filename="_____ 2026.pdf"; filename*=UTF-8''%D0%B4%D0%BE%D1%85%D0%BE%D0%B4%202026.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(await bodyOf(response)).toEqual(content);
  });

  it("another family, a signed-out visitor and an unknown or malformed id all get the same 404", async () => {
    const answers = await Promise.all([
      documentDownloadResponse(second.actor, documentId),
      documentDownloadResponse(null, documentId),
      documentDownloadResponse(first.actor, "doc_does_not_exist"),
      documentDownloadResponse(first.actor, "../../etc/passwd"),
    ]);
    const bodies = await Promise.all(answers.map((response) => response.text()));
    expect(answers.map((response) => response.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(bodies).size).toBe(1);
  });

  it("a caseworker of another district gets 404; of the family's district, the file (recorded in the audit log)", async () => {
    const outsider = await createStaff("CASEWORKER", otherDistrict(first.district));
    expect((await documentDownloadResponse(outsider, documentId)).status).toBe(404);

    const caseworker = await createStaff("CASEWORKER", first.district);
    const response = await documentDownloadResponse(caseworker, documentId);
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual(content);
    expect(await db.auditLog.count({ where: { action: "document.download", entityId: documentId, actorId: caseworker.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "document.download", entityId: documentId, actorId: outsider.id } })).toBe(0);
  });

  it("supervisors and administrators read documents of any district", async () => {
    for (const staff of [await createStaff("SUPERVISOR"), await createStaff("ADMIN")]) {
      const response = await documentDownloadResponse(staff, documentId);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
  });

  it("answers 404 when the row exists but its file is gone", async () => {
    const { id } = await uploadDocument(first.actor, { kind: "OTHER", originalName: "lost.pdf", content: samplePdf() });
    const row = await db.document.findUniqueOrThrow({ where: { id } });
    removeDirectory(path.join(uploads, row.storageKey));
    expect((await documentDownloadResponse(first.actor, id)).status).toBe(404);
  });

  it("another family can neither attach the document to its application nor attach to the first family's", async () => {
    const secondApplication = await createApplication(second.familyId);
    const firstApplication = await createApplication(first.familyId);
    const { id: secondDocument } = await uploadDocument(second.actor, { kind: "OTHER", originalName: "b.pdf", content: samplePdf() });

    await expect(attachDocuments(second.actor, secondApplication, [documentId])).rejects.toEqual(NOT_FOUND);
    await expect(attachDocuments(second.actor, firstApplication, [secondDocument])).rejects.toEqual(NOT_FOUND);
    await expect(getApplicationAttachments(second.actor, firstApplication)).rejects.toEqual(NOT_FOUND);
    // Mixing an own document with someone else's attaches nothing.
    await expect(attachDocuments(second.actor, secondApplication, [secondDocument, documentId])).rejects.toEqual(NOT_FOUND);
    expect(await db.applicationDocument.count({ where: { applicationId: { in: [firstApplication, secondApplication] } } })).toBe(0);
  });

  it("the family attaches and detaches while the application is a draft or awaits its answer, not after", async () => {
    const draft = await createApplication(first.familyId, "DRAFT");
    const { id: other } = await uploadDocument(first.actor, { kind: "OTHER", originalName: "c.pdf", content: samplePdf() });

    expect(await attachDocuments(first.actor, draft, [documentId])).toEqual([documentId]);
    expect((await attachDocuments(first.actor, draft, [other])).sort()).toEqual([documentId, other].sort());
    expect(await setApplicationDocuments(first.actor, draft, [other])).toEqual([other]);
    const view = await getApplicationAttachments(first.actor, draft);
    expect(view.application.canChangeDocuments).toBe(true);
    expect(view.documents.filter((document) => document.isAttached).map((document) => document.id)).toEqual([other]);

    const waiting = await createApplication(first.familyId, "INFORMATION_REQUESTED");
    await db.timelineEvent.create({ data: { applicationId: waiting, type: "INFORMATION_REQUESTED", message: "Attach a certificate", respondBy: new Date(Date.now() + 86_400_000) } });
    expect(await attachDocuments(first.actor, waiting, [documentId])).toEqual([documentId]);

    // Once the information request's deadline has passed, the documents are closed too.
    const late = await createApplication(first.familyId, "INFORMATION_REQUESTED");
    await db.timelineEvent.create({ data: { applicationId: late, type: "INFORMATION_REQUESTED", message: "Attach a certificate", respondBy: new Date(Date.now() - 60_000) } });
    await expect(attachDocuments(first.actor, late, [documentId])).rejects.toEqual(new AppError("CONFLICT", "applicationLocked"));
    expect((await getApplicationAttachments(first.actor, late)).application.canChangeDocuments).toBe(false);

    const submitted = await createApplication(first.familyId, "SUBMITTED");
    await expect(attachDocuments(first.actor, submitted, [documentId])).rejects.toEqual(new AppError("CONFLICT", "applicationLocked"));
    expect((await getApplicationAttachments(first.actor, submitted)).application.canChangeDocuments).toBe(false);

    const caseworker = await createStaff("CASEWORKER", first.district);
    await expect(attachDocuments(caseworker, draft, [documentId])).rejects.toEqual(new AppError("FORBIDDEN"));
  });

  it("deleting: refused for another family and while a sent application uses it; a draft's link goes with it", async () => {
    const { id: inDraft } = await uploadDocument(first.actor, { kind: "OTHER", originalName: "draft.pdf", content: samplePdf() });
    const draft = await createApplication(first.familyId, "DRAFT");
    await attachDocuments(first.actor, draft, [inDraft]);
    const listed = (await listFamilyDocuments(first.actor)).find((document) => document.id === inDraft);
    expect(listed).toMatchObject({ applicationCount: 1, isInSubmittedApplication: false });

    await expect(deleteDocument(second.actor, inDraft)).rejects.toEqual(NOT_FOUND);
    const row = await db.document.findUniqueOrThrow({ where: { id: inDraft } });
    await deleteDocument(first.actor, inDraft);
    expect(await db.document.count({ where: { id: inDraft } })).toBe(0);
    expect(await db.applicationDocument.count({ where: { documentId: inDraft } })).toBe(0);
    expect(existsSync(path.join(uploads, row.storageKey))).toBe(false);

    // `documentId` is attached to an application awaiting the family's answer (a sent one).
    expect((await listFamilyDocuments(first.actor)).find((document) => document.id === documentId)).toMatchObject({ isInSubmittedApplication: true });
    await expect(deleteDocument(first.actor, documentId)).rejects.toEqual(new AppError("CONFLICT", "documentInSubmittedApplication"));
    const kept = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(existsSync(path.join(uploads, kept.storageKey))).toBe(true);
  });

  it("a family's list holds only its own documents, and staff have no locker", async () => {
    const secondList = await listFamilyDocuments(second.actor);
    expect(secondList.map((document) => document.id)).not.toContain(documentId);
    await expect(listFamilyDocuments(await createStaff("SUPERVISOR"))).rejects.toEqual(new AppError("FORBIDDEN"));
  });
});
