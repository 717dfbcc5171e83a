// POST /api/v1/eligibility, with its collaborators passed in: the route wires the
// PostgreSQL rate limiter, the published parameters and the clock; tests can pass others.
import { evaluateFamily } from "../evaluate";
import type { ParameterDefinitions } from "../parameters/definitions";
import { findFirstCoveredDate } from "../parameters/resolve";
import { checkRequestDates, eligibilityRequestSchema, toFieldErrors, type FieldError } from "../schema";
import type { Locale } from "../types";
import { readLimitedBody } from "./read-limited-body";

export const MAX_REQUEST_BYTES = 64 * 1024;
/** Per client address: generous for a person using the screener, tight for a scraper. */
export const ELIGIBILITY_RATE_LIMIT = { max: 60, windowSeconds: 60 } as const;
export const ELIGIBILITY_RATE_LIMIT_BUCKET = "eligibility-api";

export interface EligibilityRequestDependencies {
  consumeRateLimit(
    bucket: string,
    key: string,
    limit: { max: number; windowSeconds: number },
  ): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  loadParameterSet(): Promise<ParameterDefinitions>;
  /** Today's date in Almaty, used when the request gives no asOf. */
  today(): string;
  /** A throttling key for the client; must not be personal data in clear. */
  clientKey(request: Request): string;
}

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

function errorResponse(status: number, errors: FieldError[], headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors }), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** The first of kk, ru, en in the client's Accept-Language, else Kazakh, the state language. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase().slice(0, 2);
    if (tag === "kk" || tag === "ru" || tag === "en") return tag;
  }
  return "kk";
}

export async function handleEligibilityRequest(request: Request, dependencies: EligibilityRequestDependencies): Promise<Response> {
  const limit = await dependencies.consumeRateLimit(ELIGIBILITY_RATE_LIMIT_BUCKET, dependencies.clientKey(request), ELIGIBILITY_RATE_LIMIT);
  if (!limit.allowed) {
    return errorResponse(429, [{ path: "", message: `Too many requests; retry in ${limit.retryAfterSeconds} s` }], {
      "retry-after": String(limit.retryAfterSeconds),
    });
  }

  const body = await readLimitedBody(request, MAX_REQUEST_BYTES);
  if (!body.ok) {
    return body.reason === "too_large"
      ? errorResponse(413, [{ path: "", message: `The request body must not exceed ${MAX_REQUEST_BYTES} bytes` }])
      : errorResponse(400, [{ path: "", message: "The request body is not valid UTF-8" }]);
  }

  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch (error) {
    return errorResponse(400, [{ path: "", message: `Malformed JSON: ${(error as Error).message}` }]);
  }

  const parsed = eligibilityRequestSchema.safeParse(json);
  if (!parsed.success) return errorResponse(400, toFieldErrors(parsed.error));

  const parameters = await dependencies.loadParameterSet();
  const asOf = parsed.data.asOf ?? dependencies.today();
  const dateErrors = checkRequestDates(parsed.data, asOf, findFirstCoveredDate(parameters));
  if (dateErrors.length > 0) return errorResponse(400, dateErrors);

  const locale = parsed.data.locale ?? negotiateLocale(request.headers.get("accept-language"));
  const response = evaluateFamily(parsed.data.family, parameters, asOf, locale);
  return new Response(JSON.stringify(response), {
    status: 200,
    headers: { ...JSON_HEADERS, "content-language": locale },
  });
}
