// Proactive offers: re-evaluates every family with the rules in force today (Almaty) and
// tells each one, once per measure and rules version, about the measures it qualifies for
// and has not applied to (the rule is in offer-rules.ts). Run by the job queue after a
// rules version is published and every night, and by `npm run offers:run`.
//
// The database client is an argument: the job worker and the command line run outside
// Next.js with clients of their own.
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/create-client";
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { evaluateFamilyWithParameters } from "@/lib/eligibility/evaluate";
import type { MeasureCode } from "@/lib/eligibility/measure-codes";
import { resolveParameterSet } from "@/lib/eligibility/parameters/resolve";
import { readMeasureCatalog } from "@/lib/measures-catalog/read-measure-availability";
import { readParameterSet } from "@/lib/rules/parameter-values";
import { insertOffers, type OfferCandidate } from "./insert-offers";
import { measuresToOffer, OFFERED_MEASURES } from "./offer-rules";
import { readOfferFamilies } from "./read-offer-families";

export type OffersRunReason = "after-publish" | "nightly" | "manual";

export interface OffersRunOptions {
  now: Date;
  reason: OffersRunReason;
  db: Database;
  /** Families read and written per statement. */
  batchSize?: number;
}

export interface OffersRunResult {
  reason: OffersRunReason;
  asOf: string;
  rulesVersion: string;
  families: number;
  offersCreated: number;
  durationMs: number;
}

export async function findAndSendOffers({ now, reason, db, batchSize = 5_000 }: OffersRunOptions): Promise<OffersRunResult> {
  const started = performance.now();
  const asOf = dateInAlmaty(now);
  // The same parameters as loadParameterSet(): the defaults overlaid with every published value.
  const parameters = resolveParameterSet(await readParameterSet(db), asOf);
  const catalog = await readMeasureCatalog(db, now, OFFERED_MEASURES);
  const openMeasures = new Set<MeasureCode>(OFFERED_MEASURES.filter((measure) => catalog.get(measure)?.availability.isOpen));

  let families = 0;
  let offersCreated = 0;
  // Nothing is open: no family can be offered anything, so nobody needs evaluating.
  if (openMeasures.size > 0) {
    const evaluated = [...openMeasures];
    for await (const batch of readOfferFamilies(db, batchSize)) {
      const candidates: OfferCandidate[] = [];
      for (const family of batch) {
        const trace = evaluateFamilyWithParameters(family.family, parameters, evaluated);
        for (const measure of measuresToOffer(trace.measures, family.applied, openMeasures)) {
          candidates.push({ familyId: family.id, userId: family.applicantId, measure });
        }
      }
      families += batch.length;
      offersCreated += await insertOffers(db, candidates, { rulesVersion: parameters.rulesVersion, now });
    }
  }

  const result: OffersRunResult = { reason, asOf, rulesVersion: parameters.rulesVersion, families, offersCreated, durationMs: Math.round(performance.now() - started) };
  // A system run has no actor; the log still shows when it ran, why, and what it did.
  await recordAudit(db, { actor: null, action: "offers.run", entityType: "ProactiveOffer", after: { ...result } });
  return result;
}
