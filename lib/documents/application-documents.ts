// Which of the family's documents go with one of its applications. Only the family that
// owns both may change it, and only while the application is a draft or waiting for the
// family's answer to an information request (before that request's deadline).
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { accessLevel, assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus } from "@/prisma/generated/enums";
import { recordIdField } from "./document-id";
import { ATTACHABLE_STATUSES, MAX_ATTACHMENTS_PER_REQUEST } from "./document-limits";

export const applicationDocumentsSchema = z.strictObject({
  applicationId: recordIdField,
  documentIds: z.array(recordIdField).max(MAX_ATTACHMENTS_PER_REQUEST, "tooManyDocuments"),
});

/**
 * Whether the family may still change the documents: a draft, or an information request
 * whose answer deadline (`respondBy` of the latest request) has not passed.
 */
export function canChangeDocuments(status: ApplicationStatus, respondBy: Date | null, now: Date): boolean {
  if (!(ATTACHABLE_STATUSES as readonly ApplicationStatus[]).includes(status)) return false;
  return status !== "INFORMATION_REQUESTED" || respondBy === null || respondBy.getTime() >= now.getTime();
}

type DeadlineReader = { timelineEvent: Pick<typeof db.timelineEvent, "findFirst"> };

/** The answer deadline of the application's latest information request, if any. */
export async function latestRespondBy(reader: DeadlineReader, applicationId: string): Promise<Date | null> {
  const request = await reader.timelineEvent.findFirst({
    where: { applicationId, type: "INFORMATION_REQUESTED" },
    orderBy: { createdAt: "desc" },
    select: { respondBy: true },
  });
  return request?.respondBy ?? null;
}

function assertFamilyActor(actor: Actor): void {
  assertCan(actor, "update", "application", { ownerUserId: actor.id });
  if (accessLevel(actor, "update", "application") !== "own") throw new AppError("FORBIDDEN");
}

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Locks the actor's own application (FOR UPDATE) so it cannot be submitted while its
 * documents change, and checks the documents are the same family's.
 */
async function lockOwnApplication(tx: Transaction, actor: Actor, applicationId: string, documentIds: readonly string[]) {
  const rows = await tx.$queryRaw<{ id: string; familyId: string; status: ApplicationStatus }[]>`
    SELECT a."id", a."familyId", a."status"::text AS "status"
    FROM "Application" a JOIN "Family" f ON f."id" = a."familyId"
    WHERE a."id" = ${applicationId} AND f."applicantId" = ${actor.id}
    FOR UPDATE OF a`;
  const application = rows[0];
  if (!application) throw new AppError("NOT_FOUND");
  const owned = await tx.document.count({ where: { id: { in: [...documentIds] }, familyId: application.familyId } });
  if (owned !== documentIds.length) throw new AppError("NOT_FOUND");
  const respondBy = application.status === "INFORMATION_REQUESTED" ? await latestRespondBy(tx, application.id) : null;
  if (!canChangeDocuments(application.status, respondBy, new Date())) throw new AppError("CONFLICT", "applicationLocked");
  return application;
}

async function changeDocuments(actor: Actor, applicationId: string, documentIds: readonly string[], replace: boolean): Promise<string[]> {
  assertFamilyActor(actor);
  const input = applicationDocumentsSchema.safeParse({ applicationId, documentIds: [...new Set(documentIds)] });
  if (!input.success) throw new AppError("NOT_FOUND");
  const wanted = input.data.documentIds;
  return db.$transaction(async (tx) => {
    await lockOwnApplication(tx, actor, input.data.applicationId, wanted);
    const before = (await tx.applicationDocument.findMany({ where: { applicationId }, select: { documentId: true } })).map((row) => row.documentId);
    if (replace) await tx.applicationDocument.deleteMany({ where: { applicationId, documentId: { notIn: wanted } } });
    await tx.applicationDocument.createMany({ data: wanted.map((documentId) => ({ applicationId, documentId })), skipDuplicates: true });
    const after = (await tx.applicationDocument.findMany({ where: { applicationId }, orderBy: { attachedAt: "asc" }, select: { documentId: true } })).map((row) => row.documentId);
    const changed = before.length !== after.length || after.some((id) => !before.includes(id));
    if (changed) {
      await recordAudit(tx, { actor, action: "application.documents.change", entityType: "Application", entityId: applicationId, before: { documentIds: before }, after: { documentIds: after } });
    }
    return after;
  });
}

/** Adds the family's documents to its application (documents already attached stay). Returns the attached ids. */
export function attachDocuments(actor: Actor, applicationId: string, documentIds: readonly string[]): Promise<string[]> {
  return changeDocuments(actor, applicationId, documentIds, false);
}

/** Makes the application's documents exactly `documentIds` (the checkbox form). Returns the attached ids. */
export function setApplicationDocuments(actor: Actor, applicationId: string, documentIds: readonly string[]): Promise<string[]> {
  return changeDocuments(actor, applicationId, documentIds, true);
}
