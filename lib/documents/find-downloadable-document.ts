// Who may fetch a document's file: the family that owns it, and staff who may read
// documents of that family's district (a caseworker their own district, a supervisor or
// administrator any). Everyone else gets NOT_FOUND, the same as for an unknown id.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isRecordId } from "./document-id";
import { storagePath } from "./document-storage";

export interface DownloadableDocument {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  path: string;
  /** Opened by staff (not by the family that owns it): staff may view some types inline. */
  isStaffAccess: boolean;
}

export async function findDownloadableDocument(actor: Actor, documentId: string, options: { inline?: boolean } = {}): Promise<DownloadableDocument> {
  if (!isRecordId(documentId)) throw new AppError("NOT_FOUND");
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      storageKey: true,
      familyId: true,
      family: { select: { applicantId: true, district: true } },
    },
  });
  if (!document) throw new AppError("NOT_FOUND");
  const scope = { ownerUserId: document.family.applicantId, district: document.family.district };
  if (!can(actor, "read", "document", scope)) throw new AppError("NOT_FOUND");
  if (actor.id !== document.family.applicantId) {
    // Staff opening a family's document is recorded; the family's own downloads are not.
    await recordAudit(db, { actor, action: options.inline ? "document.view" : "document.download", entityType: "Document", entityId: document.id, after: { familyId: document.familyId } });
  }
  return {
    id: document.id,
    originalName: document.originalName,
    mimeType: document.mimeType,
    sizeBytes: document.sizeBytes,
    path: storagePath(document.storageKey),
    isStaffAccess: actor.id !== document.family.applicantId,
  };
}
