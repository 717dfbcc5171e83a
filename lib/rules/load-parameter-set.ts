// The rule parameters in force: the defaults shipped with the code, overlaid with every
// value of the versions administrators have published (never drafts). Values are only
// ever added, so the history stays whole and any date resolves to its own value.
import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_PARAMETERS, type ParameterDefinitions } from "@/lib/eligibility/parameters/definitions";
import { mergeParameterValues, type ExtraParameterValue } from "@/lib/eligibility/parameters/merge";
import { readPublishedValues, readVersionValues, type ValueReader } from "./parameter-values";

/** Every published value, older publications first (for one date, the latest published wins). */
export function loadPublishedValues(client: ValueReader = db): Promise<ExtraParameterValue[]> {
  return readPublishedValues(client);
}

export async function loadParameterSet(): Promise<ParameterDefinitions> {
  return mergeParameterValues(DEFAULT_PARAMETERS, await loadPublishedValues());
}

/** The values of one version (a draft, typically), in the order they would be merged. */
export function loadVersionValues(versionId: string, client: ValueReader = db): Promise<ExtraParameterValue[]> {
  return readVersionValues(client, versionId);
}
