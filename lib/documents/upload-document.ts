// A family puts a document into its locker. The content decides what the file is; the
// file is written under a temporary name first and takes its final name only inside the
// transaction that creates its row, so a failure leaves neither a row without a file nor
// a file without a row.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { DocumentKind } from "@/prisma/generated/enums";
import { claimContradictsContent } from "./claimed-file-type";
import { detectFileType, type DetectedFileType } from "./detect-file-type";
import { fileNameIsCrafted } from "./file-name-is-crafted";
import { MAX_DOCUMENT_BYTES } from "./document-limits";
import { moveIntoPlace, newStorageKey, removeFile, storagePath, writeTemporaryFile } from "./document-storage";
import { findOwnFamilyForDocuments } from "./find-own-family";
import { sanitizeFileName } from "./sanitize-file-name";

/** The text fields of the upload form (the file itself is checked by content below). */
export const uploadDocumentSchema = z.strictObject({
  kind: z.enum(Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]], { message: "kindRequired" }),
});

export interface UploadDocumentInput {
  kind: DocumentKind;
  /** The name the browser sent; kept for display only. */
  originalName: string;
  /** The type the browser declared (File.type); only compared with the content, never trusted. */
  declaredType?: string;
  content: Uint8Array;
}

/** Why a file is refused; each is a message key of the `documents.errors` namespace. */
export type UploadProblem = "fileRequired" | "fileEmpty" | "fileTooLarge" | "fileTypeNotAllowed" | "fileTypeMismatch" | "fileNameNotAllowed";

/** The detected type of an acceptable file, or the reason it is refused. */
export function checkUploadContent(originalName: string, content: Uint8Array, declaredType?: string): DetectedFileType | UploadProblem {
  if (content.length === 0) return originalName ? "fileEmpty" : "fileRequired";
  if (content.length > MAX_DOCUMENT_BYTES) return "fileTooLarge";
  const detected = detectFileType(content);
  if (!detected) return "fileTypeNotAllowed";
  if (claimContradictsContent(originalName, declaredType, detected)) return "fileTypeMismatch";
  return fileNameIsCrafted(originalName) ? "fileNameNotAllowed" : detected;
}

export async function uploadDocument(actor: Actor, input: UploadDocumentInput): Promise<{ id: string }> {
  const family = await findOwnFamilyForDocuments(actor, "create");
  if (!family) throw new AppError("CONFLICT", "noFamily");
  const detected = checkUploadContent(input.originalName, input.content, input.declaredType);
  if (typeof detected === "string") throw new AppError("INVALID_INPUT", detected);

  const storageKey = newStorageKey(family.id, detected.extension);
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const temporaryPath = await writeTemporaryFile(storageKey, input.content);
  const progress = { isInPlace: false };
  try {
    return await db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          familyId: family.id,
          uploadedById: actor.id,
          kind: input.kind,
          originalName: sanitizeFileName(input.originalName, `document${detected.extension}`),
          storageKey,
          mimeType: detected.mimeType,
          sizeBytes: input.content.length,
          sha256,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "document.upload",
        entityType: "Document",
        entityId: document.id,
        after: { kind: input.kind, mimeType: detected.mimeType, sizeBytes: input.content.length, sha256 },
      });
      // Last step inside the transaction: if the rename fails, the row is rolled back.
      await moveIntoPlace(temporaryPath, storageKey);
      progress.isInPlace = true;
      return document;
    });
  } catch (error) {
    // The row is gone (rolled back), so the file must go too, wherever it got to.
    await removeFile(temporaryPath);
    if (progress.isInPlace) await removeFile(storagePath(storageKey));
    throw error;
  }
}
