// GET /api/v1/openapi.json: the API described by the same zod schemas that validate it.
import { buildOpenApiDocument } from "@/lib/eligibility/openapi";

export async function GET(): Promise<Response> {
  return Response.json(buildOpenApiDocument(), {
    headers: { "cache-control": "public, max-age=3600", "access-control-allow-origin": "*" },
  });
}
