// Public eligibility screener API (no sign-in). The logic lives in
// lib/eligibility/http/handle-eligibility-request.ts; this file wires the real services.
import { dateInAlmaty } from "@/lib/eligibility/dates";
import { handleEligibilityRequest } from "@/lib/eligibility/http/handle-eligibility-request";
import { env } from "@/lib/env";
import { loadParameterSet } from "@/lib/rules/load-parameter-set";
import { clientAddressFrom } from "@/lib/security/client-address";
import { hashPersonalKey } from "@/lib/security/hash-key";
import { consumeRateLimit } from "@/lib/security/rate-limit";

// A client's address is personal data: the rate-limit table stores only a keyed hash.
// Without AUTH_SECRET (development) the key is still hashed, with a fixed label.
function clientKey(request: Request): string {
  return hashPersonalKey(env().AUTH_SECRET ?? "bakytty-development-rate-limit", clientAddressFrom(request.headers));
}

export async function POST(request: Request): Promise<Response> {
  return handleEligibilityRequest(request, {
    consumeRateLimit,
    loadParameterSet,
    // The edge of the app reads the clock; the engine only ever receives a date.
    today: () => dateInAlmaty(new Date()),
    clientKey,
  });
}
