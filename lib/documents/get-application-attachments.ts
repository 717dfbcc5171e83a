// What the attachment picker shows for one of the family's applications: every document
// in the locker, which of them are attached, and whether the choice can still change.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { canChangeDocuments, latestRespondBy } from "./application-documents";
import { isRecordId } from "./document-id";
import { findOwnFamilyForDocuments } from "./find-own-family";
import { listFamilyDocuments, type FamilyDocument } from "./list-family-documents";

export interface ApplicationAttachments {
  application: { id: string; status: ApplicationStatus; canChangeDocuments: boolean };
  documents: (FamilyDocument & { isAttached: boolean })[];
}

export async function getApplicationAttachments(actor: Actor, applicationId: string): Promise<ApplicationAttachments> {
  const family = await findOwnFamilyForDocuments(actor);
  if (!family || !isRecordId(applicationId)) throw new AppError("NOT_FOUND");
  const application = await db.application.findFirst({
    where: { id: applicationId, familyId: family.id },
    select: { id: true, status: true, documents: { select: { documentId: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND");
  const attached = new Set(application.documents.map((link) => link.documentId));
  const documents = await listFamilyDocuments(actor);
  const respondBy = application.status === "INFORMATION_REQUESTED" ? await latestRespondBy(db, application.id) : null;
  return {
    application: { id: application.id, status: application.status, canChangeDocuments: canChangeDocuments(application.status, respondBy, new Date()) },
    documents: documents.map((document) => ({ ...document, isAttached: attached.has(document.id) })),
  };
}
