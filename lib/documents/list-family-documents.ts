// The signed-in family's locker: every document with what the locker page and the
// attachment picker need, and nothing else (no storage key, no hash).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ApplicationStatus, DocumentKind } from "@/prisma/generated/enums";
import { findOwnFamilyForDocuments } from "./find-own-family";

export interface FamilyDocument {
  id: string;
  kind: DocumentKind;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  /** How many applications use it. */
  applicationCount: number;
  /** Attached to an application that was sent (no longer a draft): it cannot be deleted. */
  isInSubmittedApplication: boolean;
}

export const DOCUMENT_LIST_SELECT = {
  id: true,
  kind: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
  applications: { select: { application: { select: { status: true } } } },
} as const;

export function toFamilyDocument(row: {
  id: string;
  kind: DocumentKind;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  applications: { application: { status: ApplicationStatus } }[];
}): FamilyDocument {
  const { applications, ...document } = row;
  return {
    ...document,
    applicationCount: applications.length,
    isInSubmittedApplication: applications.some(({ application }) => application.status !== "DRAFT"),
  };
}

/** The actor's family documents, newest first; empty when there is no family yet. */
export async function listFamilyDocuments(actor: Actor): Promise<FamilyDocument[]> {
  const family = await findOwnFamilyForDocuments(actor);
  if (!family) return [];
  const rows = await db.document.findMany({
    where: { familyId: family.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: DOCUMENT_LIST_SELECT,
  });
  return rows.map(toFamilyDocument);
}
