// A burst of submissions: 1,000 drafts of 1,000 different families submitted through the
// real server action at 50 concurrent connections, then counted in the database —
// exactly one SUBMITTED application and one "submitted" timeline event per request,
// every other prepared draft untouched, no error.
import type { SubmitWireFormat } from "./support/capture-submit";
import type { BenchKnobs } from "./support/knobs";
import type { Portal } from "./support/portal-server";
import { countSubmitted } from "./support/prepare-drafts";
import { formatLoadFigures, runAutocannon, type LoadFigures } from "./support/run-autocannon";
import { prepareSubmitPool, submitRequests } from "./support/submit-requests";

export interface BurstFigures extends LoadFigures {
  requested: number;
  submitted: number;
  submittedEvents: number;
  /** Prepared drafts that no request was sent for (the pool's margin), still DRAFT. */
  untouchedDrafts: number;
  /** Drafts neither submitted nor left as they were: must be 0. */
  lost: number;
}

export async function measureSubmitBurst(portal: Portal, wire: SubmitWireFormat, knobs: BenchKnobs): Promise<BurstFigures> {
  const requested = knobs.burstSubmissions;
  const pool = await prepareSubmitPool(portal, requested + knobs.burstConnections, "burst");
  const { requests } = submitRequests(wire, pool);
  const figures = await runAutocannon(`burst: ${requested} submissions`, wire.successStatus, {
    url: portal.baseUrl,
    connections: knobs.burstConnections,
    amount: requested,
    requests,
  });
  const counts = await countSubmitted(portal.databaseUrl, pool.map((draft) => draft.applicationId));
  const lost = pool.length - counts.submitted - counts.stillDraft;
  console.log(formatLoadFigures(figures));
  console.log(`burst: ${counts.submitted} of ${requested} submitted, ${counts.submittedEvents} timeline events, ${counts.stillDraft} unsent drafts untouched, ${lost} lost`);
  return { ...figures, requested, submitted: counts.submitted, submittedEvents: counts.submittedEvents, untouchedDrafts: counts.stillDraft, lost };
}
