// What a flow page needs besides the draft: who can be chosen (eligible, without an open
// application), the free counselling times, the mortgage rates in force.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { listFreeSlots, type FreeSlot } from "@/lib/counselling/list-free-slots";
import { isAppError } from "@/lib/errors/app-error";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { StepId } from "../flows/flow-definitions";
import { loadMortgageRates } from "../flows/load-mortgage-rates";
import type { MortgageRates } from "../flows/mortgage-estimate";
import { eligibleMemberIds, evaluateStoredFamily } from "./family-verdict";
import { findSubmittedOpenApplications } from "./find-draft";
import { getOwnDraft, type OwnDraft } from "./get-own-draft";

export interface StepView extends OwnDraft {
  choosableMemberIds: string[];
  blockedMembers: { applicationId: string; reference: string; memberName: string }[];
  freeSlots: FreeSlot[];
  mortgageRates: MortgageRates | null;
}

/** The page's data, or null when the family has no draft for the measure (yet). */
export async function loadStepView(actor: Actor, measure: MeasureCode, step: StepId, now: Date): Promise<StepView | null> {
  let own: OwnDraft;
  try {
    own = await getOwnDraft(actor, measure);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return null;
    throw error;
  }
  const view: StepView = { ...own, choosableMemberIds: [], blockedMembers: [], freeSlots: [], mortgageRates: null };
  if (step === "children" || step === "adult") {
    const eligible = eligibleMemberIds(await evaluateStoredFamily(own.family, { now }), measure);
    const open = step === "children" ? await findSubmittedOpenApplications(own.family.id, measure) : [];
    const blocked = new Map(open.filter((application) => application.memberId).map((application) => [application.memberId!, application]));
    view.choosableMemberIds = eligible.filter((memberId) => !blocked.has(memberId));
    view.blockedMembers = eligible.flatMap((memberId) => {
      const application = blocked.get(memberId);
      const member = own.family.members.find((candidate) => candidate.id === memberId);
      return application && member ? [{ applicationId: application.id, reference: application.reference, memberName: member.fullName }] : [];
    });
  }
  if (step === "counselling-slot" && own.draft.answers.counsellingKind && own.draft.answers.counsellingVenue) {
    view.freeSlots = await listFreeSlots({ kind: own.draft.answers.counsellingKind, venue: own.draft.answers.counsellingVenue, now });
  }
  if (step === "price" || step === "lender") view.mortgageRates = await loadMortgageRates(now);
  return view;
}
