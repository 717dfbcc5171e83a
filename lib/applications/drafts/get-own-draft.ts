// A family's draft for a measure, as a flow page shows it. Another family's draft is
// never reachable: the lookup starts from the actor's own family.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { readAnswers, type Answers } from "../flows/answers";
import { findFamilyDraft } from "./find-draft";
import { requireOwnApplyFamily, type ApplyFamily } from "./own-apply-family";

export interface OwnDraft {
  family: ApplyFamily;
  draft: { id: string; version: number; answers: Answers; reference: string };
}

/** The family's draft for `measure`; NOT_FOUND when there is none (the start page creates it). */
export async function getOwnDraft(actor: Actor, measure: MeasureCode): Promise<OwnDraft> {
  const family = await requireOwnApplyFamily(actor);
  const draft = await findFamilyDraft(family.id, measure);
  if (!draft) throw new AppError("NOT_FOUND");
  return { family, draft: { id: draft.id, version: draft.version, answers: readAnswers(draft.answers), reference: draft.reference } };
}
