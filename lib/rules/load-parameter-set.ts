// The rule parameters in force: the defaults shipped with the code, overlaid with every
// value of the versions administrators have published (never drafts). Values are only
// ever added, so the history stays whole and any date resolves to its own value.
import "server-only";
import { db } from "@/lib/db/client";
import type { ParameterDefinitions } from "@/lib/eligibility/parameters/definitions";
import { readParameterSet } from "./parameter-values";

export function loadParameterSet(): Promise<ParameterDefinitions> {
  return readParameterSet(db);
}
