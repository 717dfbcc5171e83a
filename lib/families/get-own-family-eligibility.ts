// "What can we get": the engine's verdict for the actor's own family on a date, with the
// reasons and hints written in the reader's language. The date and the parameters are
// arguments: the page reads the clock and the rules, this function does neither.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { evaluateFamilyTrace, renderTrace, type EligibilityResponse, type Locale, type ParameterDefinitions } from "@/lib/eligibility";
import { loadOwnEngineFamily } from "./load-own-engine-family";
import { nameMembersInTrace } from "./name-members-in-trace";

export interface OwnFamilyEligibility {
  response: EligibilityResponse;
  names: Map<string, string>;
  memberCount: number;
}

export async function getOwnFamilyEligibility(
  actor: Actor,
  options: { asOf: string; parameters: ParameterDefinitions; locale: Locale },
): Promise<OwnFamilyEligibility> {
  const { family, names } = await loadOwnEngineFamily(actor);
  const trace = evaluateFamilyTrace(family, options.parameters, options.asOf);
  return { response: renderTrace(nameMembersInTrace(trace, names), options.locale), names, memberCount: family.members.length };
}
