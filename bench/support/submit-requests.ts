// Submissions for autocannon: the captured wire format replayed, each request with the
// next prepared draft and its family's own session cookie, so no two requests submit the
// same draft (which would measure the "already submitted" answer, not a submission).
import type { AutocannonRequest } from "autocannon";
import type { SubmitWireFormat } from "./capture-submit";
import { prepareDrafts, type PreparedDraft } from "./prepare-drafts";
import { mintSessionCookie } from "./sessions";

export interface SubmittableDraft extends PreparedDraft {
  cookie: string;
}

export async function withSessionCookies(secret: string, drafts: readonly PreparedDraft[]): Promise<SubmittableDraft[]> {
  return Promise.all(drafts.map(async (draft) => ({ ...draft, cookie: await mintSessionCookie(secret, draft.user) })));
}

/**
 * autocannon builds a connection's next request when the previous answer arrives, so up
 * to one request per connection is built and never sent: the pool needs `amount +
 * connections` drafts, and the database (not this counter) says how many were submitted.
 */
export function submitRequests(wire: SubmitWireFormat, pool: readonly SubmittableDraft[]): { requests: AutocannonRequest[] } {
  let next = 0;
  const request: AutocannonRequest = {
    method: "POST",
    path: wire.path,
    setupRequest: (base) => {
      const draft = pool[next];
      if (!draft) throw new Error(`the pool of ${pool.length} prepared drafts ran out: autocannon asked for more requests than planned`);
      next++;
      return { ...base, method: "POST", path: wire.path, headers: { ...wire.headers, cookie: draft.cookie }, body: `${wire.bodyBefore}${draft.applicationId}${wire.bodyAfter}` };
    },
  };
  return { requests: [request] };
}

/** `count` drafts of different families, each with its applicant's session cookie. */
export async function prepareSubmitPool(portal: { databaseUrl: string; authSecret: string }, count: number, tag: string): Promise<SubmittableDraft[]> {
  return withSessionCookies(portal.authSecret, await prepareDrafts(portal.databaseUrl, count, tag));
}
