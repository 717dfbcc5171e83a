// "Check your answers": the draft with what its answers refer to (names, the chosen time),
// the mortgage estimate and whether everyone's consent is recorded.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getOwnConsentOverview, type ConsentOverview } from "@/lib/consent/consent-status";
import { findSlot, type FreeSlot } from "@/lib/counselling/list-free-slots";
import { isAppError } from "@/lib/errors/app-error";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { firstUnansweredStep } from "../flows/answers";
import type { StepId } from "../flows/flow-definitions";
import { loadMortgageRates } from "../flows/load-mortgage-rates";
import { estimateMortgage, type MortgageEstimate } from "../flows/mortgage-estimate";
import { getOwnDraft, type OwnDraft } from "./get-own-draft";

export type CheckView =
  | { kind: "no-draft" }
  | { kind: "incomplete"; step: StepId }
  | (OwnDraft & { kind: "ready"; consent: ConsentOverview; slot: FreeSlot | null; mortgage: MortgageEstimate | null });

export async function loadCheckView(actor: Actor, measure: MeasureCode, now: Date): Promise<CheckView> {
  let own: OwnDraft;
  try {
    own = await getOwnDraft(actor, measure);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return { kind: "no-draft" };
    throw error;
  }
  const missing = firstUnansweredStep(measure, own.draft.answers);
  if (missing) return { kind: "incomplete", step: missing };
  const { slotId, apartmentPriceTenge } = own.draft.answers;
  const [consent, slot, mortgage] = await Promise.all([
    getOwnConsentOverview(actor, now),
    slotId ? findSlot(slotId) : Promise.resolve(null),
    apartmentPriceTenge ? loadMortgageRates(now).then((rates) => estimateMortgage(apartmentPriceTenge, rates)) : Promise.resolve(null),
  ]);
  return { ...own, kind: "ready", consent, slot, mortgage };
}
