// The OpenAPI 3.1 document, generated from the zod schemas in schema.ts, never by hand.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { eligibilityRequestSchema, eligibilityResponseSchema, fieldErrorsSchema } from "./schema";
import { ELIGIBILITY_RATE_LIMIT, MAX_REQUEST_BYTES } from "./http/handle-eligibility-request";

type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

let cached: OpenApiDocument | undefined;

export function buildOpenApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  const errors = (description: string) => ({ description, content: { "application/json": { schema: fieldErrorsSchema } } });

  registry.registerPath({
    method: "post",
    path: "/api/v1/eligibility",
    operationId: "evaluateEligibility",
    summary: "What a family can get from the Bakytty Otbasy program",
    description:
      "Evaluates every measure of the program for the family on `asOf` (today in Almaty when omitted), with the reasons " +
      "and the parameter values used, in Kazakh, Russian or English (`locale`, else Accept-Language, else Kazakh). " +
      `Public; throttled to ${ELIGIBILITY_RATE_LIMIT.max} requests per ${ELIGIBILITY_RATE_LIMIT.windowSeconds} s per client; ` +
      `bodies over ${MAX_REQUEST_BYTES} bytes are refused.`,
    request: { body: { required: true, content: { "application/json": { schema: eligibilityRequestSchema } } } },
    responses: {
      200: { description: "A decision for every measure", content: { "application/json": { schema: eligibilityResponseSchema } } },
      400: errors("Malformed JSON or invalid fields; `path` names the field"),
      413: errors(`Body larger than ${MAX_REQUEST_BYTES} bytes`),
      429: {
        ...errors("Too many requests from this client"),
        headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
      },
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } } } },
  });

  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Bakytty Otbasy eligibility API",
      version: "1.0.0",
      description: "Almaty's Bakytty Otbasy family-support program: eligibility screener. Amounts are whole tenge; dates are YYYY-MM-DD.",
    },
    servers: [{ url: "/" }],
  });
  return cached;
}
