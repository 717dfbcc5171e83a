// Starts a measure's flow, or resumes it: the draft is an Application row in DRAFT,
// created on the first visit, so a family that leaves comes back to its answers.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { nextApplicationReference } from "@/lib/applications/reference";
import { db } from "@/lib/db/client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { isUniqueViolation } from "@/lib/db/errors";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { readMeasureAvailability } from "@/lib/measures-catalog/read-measure-availability";
import { FLOWS } from "../flows/flow-definitions";
import { findFamilyDraft, findSubmittedOpenApplications } from "./find-draft";
import { requireOwnApplyFamily } from "./own-apply-family";

export type StartDraftResult =
  | { kind: "draft"; applicationId: string }
  | { kind: "open"; applicationId: string; reference: string }
  | { kind: "measure-closed" };


async function findExisting(familyId: string, measure: MeasureCode): Promise<StartDraftResult | null> {
  const draft = await findFamilyDraft(familyId, measure);
  if (draft) return { kind: "draft", applicationId: draft.id };
  // A family-level measure allows one open application; per-child ones are checked per child.
  if (FLOWS[measure].subject === "family") {
    const open = (await findSubmittedOpenApplications(familyId, measure)).find((application) => application.memberId === null);
    if (open) return { kind: "open", applicationId: open.id, reference: open.reference };
  }
  return null;
}

export async function startDraft(actor: Actor, measure: MeasureCode): Promise<StartDraftResult> {
  const family = await requireOwnApplyFamily(actor);
  const existing = await findExisting(family.id, measure);
  if (existing) return existing;
  // A measure the catalog does not open today starts no new draft (an existing one stays readable).
  if (!(await readMeasureAvailability(db, measure, new Date())).isOpen) return { kind: "measure-closed" };
  try {
    const created = await db.$transaction(async (tx) => {
      // The reference is taken when the draft starts, so the family can quote it from the
      // first step; abandoned drafts leave gaps in the numbering, which is harmless.
      const reference = await nextApplicationReference(tx, Number(dateInAlmaty(new Date()).slice(0, 4)));
      const application = await tx.application.create({
        data: { reference, familyId: family.id, measure, status: "DRAFT", answers: {} },
        select: { id: true },
      });
      await tx.timelineEvent.create({ data: { applicationId: application.id, type: "CREATED", actorId: actor.id, toStatus: "DRAFT" } });
      await recordAudit(tx, { actor, action: "application.start-draft", entityType: "Application", entityId: application.id, after: { measure } });
      return application;
    });
    return { kind: "draft", applicationId: created.id };
  } catch (error) {
    // Two tabs started the same flow at once: the partial unique index let one through.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findExisting(family.id, measure);
    if (!winner) throw error;
    return winner;
  }
}
