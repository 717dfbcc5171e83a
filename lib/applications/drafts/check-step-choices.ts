// Checks an answer against the family's facts, beyond its shape: a chosen child must be
// one the engine finds eligible and have no open application; a time must still be free.
import "server-only";
import { db } from "@/lib/db/client";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { findBookableSlot } from "@/lib/counselling/list-free-slots";
import type { Answers } from "../flows/answers";
import type { StepId } from "../flows/flow-definitions";
import { eligibleMemberIds, evaluateStoredFamily } from "./family-verdict";
import { findSubmittedOpenApplications } from "./find-draft";
import type { ApplyFamily } from "./own-apply-family";

export interface OpenApplicationLink {
  applicationId: string;
  reference: string;
  memberName: string | null;
}

export type ChoiceCheck = { ok: true } | { ok: false; field: string; errorKey: string; openApplication?: OpenApplicationLink };

export async function checkStepChoices(
  family: ApplyFamily,
  measure: MeasureCode,
  step: StepId,
  merged: Answers,
  now: Date,
): Promise<ChoiceCheck> {
  if (step === "children" || step === "adult") {
    const chosen = step === "children" ? (merged.memberIds ?? []) : merged.adultMemberId ? [merged.adultMemberId] : [];
    const field = step === "children" ? "memberIds" : "adultMemberId";
    const eligible = new Set(eligibleMemberIds(await evaluateStoredFamily(family, { now }), measure));
    if (chosen.some((memberId) => !eligible.has(memberId))) return { ok: false, field, errorKey: step === "children" ? "chooseEligibleChild" : "chooseEligibleAdult" };
    if (step === "children") {
      const open = (await findSubmittedOpenApplications(family.id, measure)).find((application) => application.memberId !== null && chosen.includes(application.memberId));
      if (open) {
        const memberName = family.members.find((member) => member.id === open.memberId)?.fullName ?? null;
        return { ok: false, field, errorKey: "childHasOpenApplication", openApplication: { applicationId: open.id, reference: open.reference, memberName } };
      }
    }
  }
  if (step === "counselling-slot") {
    const { slotId, counsellingKind: kind, counsellingVenue: venue } = merged;
    if (!slotId || !kind || !venue) return { ok: false, field: "slotId", errorKey: "chooseSlot" };
    const slot = await findBookableSlot({ slotId, kind, venue, now });
    if (!slot) {
      const exists = await db.counsellingSlot.count({ where: { id: slotId } });
      return { ok: false, field: "slotId", errorKey: exists ? "slotTaken" : "chooseSlot" };
    }
  }
  return { ok: true };
}
