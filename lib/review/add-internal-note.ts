// A staff-only note on the application's timeline (isInternal: the family's queries
// filter these out). Versioned like every change, so a double submit adds one note.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { applicationIdField, textField, versionField } from "./review-fields";
import { runReviewChange } from "./run-review-change";

export const addInternalNoteSchema = z.strictObject({ applicationId: applicationIdField, version: versionField, note: textField("noteRequired") });
export type AddInternalNoteInput = z.infer<typeof addInternalNoteSchema>;

export function addInternalNote(actor: Actor, input: AddInternalNoteInput, now = new Date()) {
  return runReviewChange(
    actor,
    {
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "addNote",
      plan: (target) => ({
        to: null,
        // The note's text stays on the timeline; the audit records that one was written.
        audit: { action: "application.add-note", before: {}, after: { note: true } },
        notice: null,
        write: async (tx) => {
          const event = await tx.timelineEvent.create({
            data: { applicationId: target.id, type: "NOTE", actorId: actor.id, message: input.note, isInternal: true, createdAt: now },
            select: { id: true },
          });
          return { id: target.id, status: target.status, version: target.version + 1, eventId: event.id };
        },
      }),
    },
    now,
  );
}
