// Submits a draft in one transaction: status, reference, the engine's verdict, deadline,
// timeline, audit and notification are written together or not at all. The status change
// is conditional on the version read, so a double click submits once.
import "server-only";
import { assertTransition } from "@/lib/applications/status-machine";
import { nextApplicationReference } from "@/lib/applications/reference";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { reviewPeriodWorkingDays } from "@/lib/calendar/review-period";
import { findMissingConsents } from "@/lib/consent/consent-status";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { EligibilityResponse } from "@/lib/eligibility/schema";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { AppError } from "@/lib/errors/app-error";
import { databaseOutageAsAppError } from "@/lib/errors/database-outage-as-app-error";
import { readMeasureAvailability } from "@/lib/measures-catalog/read-measure-availability";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import type { Prisma } from "@/prisma/generated/client";
import { firstUnansweredStep, readAnswers, type Answers } from "../flows/answers";
import { FLOWS, type StepId } from "../flows/flow-definitions";
import { evaluateStoredFamily, measureVerdict } from "./family-verdict";
import { findSubmittedOpenApplications } from "./find-draft";
import { requireOwnApplyFamily } from "./own-apply-family";

export type SubmitResult =
  | { kind: "submitted"; applicationIds: string[] }
  | { kind: "already-submitted"; applicationId: string }
  | { kind: "incomplete"; step: StepId }
  | { kind: "consent-missing" }
  | { kind: "open-exists"; applicationId: string; reference: string }
  | { kind: "slot-taken" }
  | { kind: "measure-closed" };

/** Thrown inside the transaction when another request changed the draft first; rolls it back. */
class DraftChangedError extends Error {}

interface Submission {
  memberId: string | null;
  answers: Answers;
  amountTenge: number | null;
}

function amountFor(verdict: EligibilityResponse, measure: MeasureCode, memberId: string | null): number | null {
  const result = measureVerdict(verdict, measure);
  if (memberId) return result.members.find((member) => member.memberId === memberId)?.amountTenge ?? result.amountTenge;
  return result.amountTenge;
}

/** One application per chosen child for per-child measures; otherwise the family's one. */
function planSubmissions(measure: MeasureCode, answers: Answers, verdict: EligibilityResponse): Submission[] {
  if (FLOWS[measure].subject === "children") {
    return (answers.memberIds ?? []).map((memberId) => ({ memberId, answers: { ...answers, memberIds: [memberId] }, amountTenge: amountFor(verdict, measure, memberId) }));
  }
  return [{ memberId: null, answers, amountTenge: amountFor(verdict, measure, null) }];
}

/**
 * Submits the draft. The database going away at any point (the transaction then dies with
 * its connection, writing nothing) is AppError("UNAVAILABLE"): the draft stays a draft.
 */
export function submitApplication(actor: Actor, applicationId: string, options: { now: Date }): Promise<SubmitResult> {
  return databaseOutageAsAppError(() => submitDraft(actor, applicationId, options));
}

async function submitDraft(actor: Actor, applicationId: string, options: { now: Date }): Promise<SubmitResult> {
  const family = await requireOwnApplyFamily(actor);
  const draft = await db.application.findFirst({
    where: { id: applicationId, familyId: family.id },
    select: { id: true, status: true, version: true, measure: true, answers: true, reference: true },
  });
  if (!draft) throw new AppError("NOT_FOUND");
  if (draft.status !== "DRAFT") return { kind: "already-submitted", applicationId: draft.id };

  const measure = draft.measure;
  // The measures catalog: a paused or closed measure, or one outside its window or over its quota, takes no application.
  if (!(await readMeasureAvailability(db, measure, options.now)).isOpen) return { kind: "measure-closed" };
  const answers = readAnswers(draft.answers);
  const missingStep = firstUnansweredStep(measure, answers);
  if (missingStep) return { kind: "incomplete", step: missingStep };
  if ((await findMissingConsents(db, family.id, family.members, options.now)).length) return { kind: "consent-missing" };

  const verdict = await evaluateStoredFamily(family, { now: options.now, ...(answers.apartmentPriceTenge ? { apartmentPriceTenge: answers.apartmentPriceTenge } : {}) });
  const submissions = planSubmissions(measure, answers, verdict);
  const year = Number(dateInAlmaty(options.now).slice(0, 4));
  // The statutory period of this measure, in force on the day of submission.
  const parameters = resolveParameterSet(await loadParameterSet(), dateInAlmaty(options.now));
  const dueAt = addWorkingDays(options.now, reviewPeriodWorkingDays(parameters, measure));
  const verdictJson = verdict as unknown as Prisma.InputJsonValue;
  assertTransition("DRAFT", "SUBMITTED", "family");

  try {
    const applicationIds = await db.$transaction(async (tx) => {
      const ids: string[] = [];
      for (const [index, submission] of submissions.entries()) {
        // The draft took its number when it started; further children get numbers of their own.
        const reference = index === 0 ? draft.reference : await nextApplicationReference(tx, year);
        const data = {
          status: "SUBMITTED" as const,
          reference,
          memberId: submission.memberId,
          answers: submission.answers,
          amountTenge: submission.amountTenge,
          verdictAtSubmission: verdictJson,
          submittedAt: options.now,
          dueAt,
        };
        let id: string;
        if (index === 0) {
          const updated = await tx.application.updateMany({
            where: { id: draft.id, version: draft.version, status: "DRAFT" },
            data: { ...data, version: { increment: 1 } },
          });
          if (updated.count === 0) throw new DraftChangedError();
          id = draft.id;
        } else {
          id = (await tx.application.create({ data: { ...data, familyId: family.id, measure, version: 1 }, select: { id: true } })).id;
          await tx.timelineEvent.create({ data: { applicationId: id, type: "CREATED", actorId: actor.id, toStatus: "DRAFT", createdAt: options.now } });
          // The documents attached to the draft go with every child's application.
          const attached = await tx.applicationDocument.findMany({ where: { applicationId: draft.id }, select: { documentId: true } });
          await tx.applicationDocument.createMany({ data: attached.map(({ documentId }) => ({ applicationId: id, documentId })) });
        }
        await tx.timelineEvent.create({ data: { applicationId: id, type: "SUBMITTED", actorId: actor.id, fromStatus: "DRAFT", toStatus: "SUBMITTED", createdAt: options.now } });
        await recordAudit(tx, {
          actor,
          action: "application.submit",
          entityType: "Application",
          entityId: id,
          before: { status: "DRAFT" },
          after: { status: "SUBMITTED", reference, measure, memberId: submission.memberId, amountTenge: submission.amountTenge },
        });
        await tx.notification.create({ data: { userId: actor.id, channel: "IN_APP", template: "application.submitted", params: { reference, measure } } });
        ids.push(id);
      }
      if (measure === "MOTHERS_CENTER" && answers.slotId) {
        await tx.counsellingBooking.create({ data: { slotId: answers.slotId, familyId: family.id, applicationId: draft.id } });
      }
      return ids;
    });
    return { kind: "submitted", applicationIds };
  } catch (error) {
    if (error instanceof DraftChangedError) return resolveLostRace(draft.id);
    if (isUniqueViolation(error, "slotId")) return { kind: "slot-taken" };
    if (isUniqueViolation(error)) {
      const open = (await findSubmittedOpenApplications(family.id, measure)).find((application) =>
        submissions.some((submission) => submission.memberId === application.memberId),
      );
      if (open) return { kind: "open-exists", applicationId: open.id, reference: open.reference };
    }
    throw error;
  }
}

/** The draft changed under us: either it was just submitted (a double click) or edited. */
async function resolveLostRace(draftId: string): Promise<SubmitResult> {
  const current = await db.application.findUniqueOrThrow({ where: { id: draftId }, select: { status: true } });
  if (current.status !== "DRAFT") return { kind: "already-submitted", applicationId: draftId };
  throw new AppError("CONFLICT", "draft-changed");
}
