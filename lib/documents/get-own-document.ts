// One document of the signed-in family (e.g. for the delete confirmation page).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isRecordId } from "./document-id";
import { findOwnFamilyForDocuments } from "./find-own-family";
import { DOCUMENT_LIST_SELECT, toFamilyDocument, type FamilyDocument } from "./list-family-documents";

export async function getOwnDocument(actor: Actor, documentId: string): Promise<FamilyDocument> {
  const family = await findOwnFamilyForDocuments(actor);
  if (!family || !isRecordId(documentId)) throw new AppError("NOT_FOUND");
  const row = await db.document.findFirst({ where: { id: documentId, familyId: family.id }, select: DOCUMENT_LIST_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return toFamilyDocument(row);
}
