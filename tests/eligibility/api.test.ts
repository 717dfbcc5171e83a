// POST /api/v1/eligibility and GET /api/v1/openapi.json, called as Next.js calls them.
// The rate limiter is the real one, on the test run's PostgreSQL (see tests/setup).
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { POST } from "@/app/api/v1/eligibility/route";
import { ELIGIBILITY_RATE_LIMIT, MAX_REQUEST_BYTES } from "@/lib/eligibility/http/handle-eligibility-request";
import { MEASURE_CODES } from "@/lib/eligibility/measure-codes";
import { eligibilityRequestSchema, eligibilityResponseSchema, fieldErrorsSchema } from "@/lib/eligibility/schema";

// A fresh client address per call site, so tests never share a rate-limit window.
const newClientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

function post(body: string, headers: Record<string, string> = {}, address = newClientAddress()): Promise<Response> {
  return POST(
    new Request("http://localhost/api/v1/eligibility", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `${address}, 192.168.0.1`, ...headers },
      body,
    }),
  );
}

const validRequest = {
  asOf: "2026-03-01",
  locale: "en",
  family: {
    members: [
      { id: "mother", role: "parent", birthDate: "1990-05-14", monthlyIncomeTenge: 60_000 },
      { id: "aruzhan", role: "child", birthDate: "2012-09-01", education: "school", excellentStudent: true },
      { id: "timur", role: "child", birthDate: "2022-02-10" },
    ],
    housing: { inHousingQueue: true, ownsHome: false, savingsTenge: 300_000, apartmentPriceTenge: 15_000_000 },
  },
};

async function errorsOf(response: Response) {
  return fieldErrorsSchema.parse(await response.json()).errors;
}

describe("POST /api/v1/eligibility", () => {
  it("answers a valid request with every measure, in the requested language", async () => {
    const response = await post(JSON.stringify(validRequest));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = eligibilityResponseSchema.parse(await response.json());
    expect(body.asOf).toBe("2026-03-01");
    expect(body.measures.map((measure) => measure.code)).toEqual([...MEASURE_CODES]);
    expect(body.facts).toMatchObject({ isIncompleteFamily: true, isLowIncome: true, perCapitaIncomeTenge: 20_000, povertyLineTenge: 35_596 });
    const certificate = body.measures.find((measure) => measure.code === "HOUSING_CERTIFICATE");
    expect(certificate).toMatchObject({ outcome: "eligible", amountTenge: 1_000_000, period: "once" });
    expect(certificate?.reasons.at(-1)?.message).toMatch(/1,000,000 tenge/);
  });

  it("uses Accept-Language when no locale is given, and today's date in Almaty when no asOf is given", async () => {
    const { asOf: _asOf, locale: _locale, ...withoutDateOrLocale } = validRequest;
    const response = await post(JSON.stringify(withoutDateOrLocale), { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-language")).toBe("ru");
    const body = eligibilityResponseSchema.parse(await response.json());
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.measures[0]?.reasons[0]?.message).toMatch(/[а-я]/);
  });

  it("refuses malformed JSON with 400 and a list of errors", async () => {
    const response = await post('{"family": ');
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[0]?.message).toMatch(/Malformed JSON/);
  });

  it("names each bad field with its path", async () => {
    const bad = {
      asOf: "2026-02-30",
      locale: "de",
      family: { members: [{ id: "x", role: "parent", birthDate: "1990-01-01", monthlyIncomeTenge: 100.5 }], unexpected: true },
    };
    const response = await post(JSON.stringify(bad));
    expect(response.status).toBe(400);
    const paths = (await errorsOf(response)).map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(["asOf", "locale", "family.members.0.monthlyIncomeTenge", "family"]));
  });

  it("refuses an empty family, duplicate member ids, a birth after asOf and a date before the rules", async () => {
    const member = { id: "same", role: "parent", birthDate: "1990-01-01" };
    expect((await post(JSON.stringify({ family: { members: [] } }))).status).toBe(400);
    const duplicate = await post(JSON.stringify({ asOf: "2026-03-01", family: { members: [member, member] } }));
    expect((await errorsOf(duplicate)).map((error) => error.path)).toContain("family.members.1.id");
    const unborn = await post(JSON.stringify({ asOf: "2026-03-01", family: { members: [{ ...member, birthDate: "2026-03-02" }] } }));
    expect((await errorsOf(unborn)).map((error) => error.path)).toEqual(["family.members.0.birthDate"]);
    const tooEarly = await post(JSON.stringify({ asOf: "2024-12-31", family: { members: [member] } }));
    expect(tooEarly.status).toBe(400);
    expect((await errorsOf(tooEarly)).map((error) => error.path)).toEqual(["asOf"]);
  });

  it("refuses a body over 64 KB by its Content-Length and by the bytes actually sent", async () => {
    const declared = await post("{}", { "content-length": String(MAX_REQUEST_BYTES + 1) });
    expect(declared.status).toBe(413);
    const padding = "x".repeat(MAX_REQUEST_BYTES);
    const oversized = JSON.stringify({ ...validRequest, family: { ...validRequest.family, difficultLifeSituation: padding } });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(oversized));
        controller.close();
      },
    });
    const streamed = await POST(
      new Request("http://localhost/api/v1/eligibility", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": newClientAddress() },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it("throttles a client past the limit with 429 and Retry-After, without affecting other clients", async () => {
    const address = newClientAddress();
    const body = JSON.stringify(validRequest);
    for (let index = 0; index < ELIGIBILITY_RATE_LIMIT.max; index++) expect((await post(body, {}, address)).status).toBe(200);
    const refused = await post(body, {}, address);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(ELIGIBILITY_RATE_LIMIT.windowSeconds);
    expect((await post(body)).status).toBe(200);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("publishes an OpenAPI 3.1 document generated from the request and response schemas", async () => {
    const response = await getOpenApi();
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths["/api/v1/eligibility"]?.post?.responses ?? {})).toEqual(["200", "400", "413", "429"]);
    expect(Object.keys(document.components.schemas.FamilyMember?.properties ?? {})).toEqual(Object.keys(eligibilityRequestSchema.shape.family.shape.members.element.shape));
    expect(document.components.schemas.EligibilityResponse?.properties).toHaveProperty("rulesVersion");
  });
});
