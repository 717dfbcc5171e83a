// A family removes a document from its locker, unless an application that was sent
// relies on it (the caseworker's record must not change under them). Links to drafts
// go with it. The file is moved aside inside the transaction and removed only after the
// commit, so a failure on either side can be put back.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isRecordId } from "./document-id";
import { moveAside, moveBack, removeFile } from "./document-storage";
import { findOwnFamilyForDocuments } from "./find-own-family";

export async function deleteDocument(actor: Actor, documentId: string): Promise<void> {
  const family = await findOwnFamilyForDocuments(actor, "create");
  if (!family || !isRecordId(documentId)) throw new AppError("NOT_FOUND");
  // Filled inside the transaction callback; read after it (an object, so TypeScript does
  // not narrow it to its initial value).
  const moved: { asidePath?: string; storageKey?: string } = {};
  try {
    await db.$transaction(async (tx) => {
      const document = await tx.document.findFirst({
        where: { id: documentId, familyId: family.id },
        select: { id: true, kind: true, storageKey: true, sizeBytes: true },
      });
      if (!document) throw new AppError("NOT_FOUND");
      const lockedLinks = await tx.applicationDocument.count({
        where: { documentId: document.id, application: { status: { not: "DRAFT" } } },
      });
      if (lockedLinks > 0) throw new AppError("CONFLICT", "documentInSubmittedApplication");
      await tx.applicationDocument.deleteMany({ where: { documentId: document.id, application: { status: "DRAFT" } } });
      // If an application was sent meanwhile, its link still exists and the foreign key
      // (onDelete: Restrict) stops this delete: the transaction rolls back.
      await tx.document.delete({ where: { id: document.id } });
      await recordAudit(tx, {
        actor,
        action: "document.delete",
        entityType: "Document",
        entityId: document.id,
        before: { kind: document.kind, sizeBytes: document.sizeBytes },
      });
      moved.asidePath = (await moveAside(document.storageKey)) ?? undefined;
      moved.storageKey = document.storageKey;
    });
  } catch (error) {
    if (moved.asidePath && moved.storageKey) await moveBack(moved.asidePath, moved.storageKey);
    throw error;
  }
  if (moved.asidePath) await removeFile(moved.asidePath);
}
