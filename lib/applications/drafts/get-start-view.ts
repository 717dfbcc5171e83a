// The start page of a flow: the verdict on this measure, a draft to continue, or the open
// application that stops a new one.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import type { Locale } from "@/lib/eligibility/types";
import { FLOWS } from "../flows/flow-definitions";
import { evaluateStoredFamily, measureVerdict, type MeasureVerdict } from "./family-verdict";
import { findFamilyDraft, findSubmittedOpenApplications } from "./find-draft";
import { findOwnApplyFamily } from "./own-apply-family";

export type StartView =
  | { hasFamily: false }
  | {
      hasFamily: true;
      verdict: MeasureVerdict;
      draftId: string | null;
      openApplication: { id: string; reference: string } | null;
    };

export async function getStartView(actor: Actor, measure: MeasureCode, options: { now: Date; locale: Locale }): Promise<StartView> {
  const family = await findOwnApplyFamily(actor);
  if (!family) return { hasFamily: false };
  const [verdict, draft, open] = await Promise.all([
    evaluateStoredFamily(family, options),
    findFamilyDraft(family.id, measure),
    FLOWS[measure].subject === "family" ? findSubmittedOpenApplications(family.id, measure) : Promise.resolve([]),
  ]);
  const blocking = open.find((application) => application.memberId === null) ?? null;
  return {
    hasFamily: true,
    verdict: measureVerdict(verdict, measure),
    draftId: draft?.id ?? null,
    openApplication: draft || !blocking ? null : { id: blocking.id, reference: blocking.reference },
  };
}
