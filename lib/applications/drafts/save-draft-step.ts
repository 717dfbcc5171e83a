// Saves one step's answers into the family's draft. The update is conditional on the
// draft still being a draft at the version read, so a submitted application never changes.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { answersSchema, type Answers } from "../flows/answers";
import type { StepId } from "../flows/flow-definitions";
import { checkStepChoices, type OpenApplicationLink } from "./check-step-choices";
import { getOwnDraft } from "./get-own-draft";

export type SaveStepResult =
  | { ok: true; answers: Answers }
  | { ok: false; field: string; errorKey: string; openApplication?: OpenApplicationLink };

/** A new counselling kind or venue makes the chosen time meaningless: it is dropped. */
function mergeAnswers(previous: Answers, stepAnswers: Partial<Answers>): Answers {
  const merged: Answers = { ...previous, ...stepAnswers };
  const isSlotContextChanged =
    (stepAnswers.counsellingKind !== undefined && stepAnswers.counsellingKind !== previous.counsellingKind) ||
    (stepAnswers.counsellingVenue !== undefined && stepAnswers.counsellingVenue !== previous.counsellingVenue);
  if (isSlotContextChanged) delete merged.slotId;
  return answersSchema.parse(merged);
}

export async function saveDraftStep(
  actor: Actor,
  measure: MeasureCode,
  step: StepId,
  stepAnswers: Partial<Answers>,
  options: { now: Date },
): Promise<SaveStepResult> {
  const { family, draft } = await getOwnDraft(actor, measure);
  const merged = mergeAnswers(draft.answers, stepAnswers);
  const check = await checkStepChoices(family, measure, step, merged, options.now);
  if (!check.ok) return check;
  const updated = await db.application.updateMany({
    where: { id: draft.id, version: draft.version, status: "DRAFT", familyId: family.id },
    data: { answers: merged, version: { increment: 1 } },
  });
  // Another tab saved or submitted in between: the family reloads and sees the current state.
  if (updated.count === 0) throw new AppError("CONFLICT", "draft-changed");
  return { ok: true, answers: merged };
}
