// Security headers (issue 7) on a public page, a citizen page, a staff page, an API route
// and a download: a Content-Security-Policy with a fresh nonce on every request that every
// <script> carries, frame-ancestors 'none', HSTS (the e2e server runs in production), a
// referrer policy, nosniff, no-store on everything signed in, no X-Powered-By; and error
// answers that show no stack, server path or SQL.
import { expect, test, type APIResponse, type Browser, type PlaywrightWorkerArgs } from "@playwright/test";
import { isNoStore, leakedInternals, nonceOf, scriptsWithoutNonce } from "./support/security-headers";
import { cookieHeaderFor, requestAs, securityFixtures, type SecurityRole } from "./support/security-roles";

// Requests only: a failure message names the address and header, which is all a trace would add.
test.use({ trace: "off" });

interface Target {
  what: string;
  role: SecurityRole;
  url: (fixtures: ReturnType<typeof securityFixtures>) => string;
  kind: "page" | "api" | "download";
}

const TARGETS: readonly Target[] = [
  { what: "the landing page (public)", role: "anonymous", url: () => "/en", kind: "page" },
  { what: "the family page (citizen)", role: "citizenA", url: () => "/en/family", kind: "page" },
  { what: "the work queue (staff)", role: "caseworker", url: () => "/en/staff", kind: "page" },
  { what: "the session endpoint (API, signed in)", role: "citizenA", url: () => "/api/auth/session", kind: "api" },
  { what: "a staff report (API, signed in)", role: "supervisor", url: () => "/api/reports/applications-by-status?locale=en", kind: "api" },
  { what: "citizen A's document (download)", role: "citizenA", url: (fixtures) => `/api/documents/${fixtures.citizenA.documentId}`, kind: "download" },
  { what: "citizen A's certificate (download)", role: "citizenA", url: (fixtures) => `/api/certificates/${fixtures.certificate.certificateId}/pdf`, kind: "download" },
];

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

type Fixtures = { browser: Browser; playwright: PlaywrightWorkerArgs["playwright"]; baseURL: string | undefined };

async function fetchAs(target: Target, { browser, playwright, baseURL }: Fixtures): Promise<Answer> {
  const request = await requestAs(playwright, baseURL ?? "", await cookieHeaderFor(browser, target.role));
  try {
    const response = await request.get(target.url(securityFixtures()));
    return { status: response.status(), headers: response.headers(), text: await response.text() };
  } finally {
    await request.dispose();
  }
}

for (const target of TARGETS) {
  test(`${target.what}: the headers every response must carry`, async ({ browser, playwright, baseURL }) => {
    const { status, headers } = await fetchAs(target, { browser, playwright, baseURL });
    const where = `${target.role} ${target.url(securityFixtures())}`;
    expect(status, where).toBe(200);
    // Soft: one missing header must not hide the others.
    // Exactly one policy of a year or more: proxy.ts and next.config.js both set it, and two
    // values joined by a comma would be an invalid header.
    const hsts = /^max-age=(\d+)(; includeSubDomains)?(; preload)?$/.exec(headers["strict-transport-security"] ?? "");
    expect.soft(hsts, `${where}: Strict-Transport-Security is "${headers["strict-transport-security"] ?? "(missing)"}"`).not.toBeNull();
    expect.soft(Number(hsts?.[1] ?? 0), `${where}: Strict-Transport-Security max-age (a year or more)`).toBeGreaterThanOrEqual(31_536_000);
    expect.soft(headers["x-content-type-options"] ?? "(missing)", `${where}: X-Content-Type-Options`).toBe("nosniff");
    expect.soft(headers["referrer-policy"] ?? "(missing)", `${where}: Referrer-Policy`).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect.soft(headers["x-powered-by"], `${where}: X-Powered-By`).toBeUndefined();
    if (target.role !== "anonymous") expect.soft(isNoStore(headers["cache-control"]), `${where}: Cache-Control is "${headers["cache-control"]}", not no-store`).toBe(true);
    if (target.kind === "download") expect.soft(headers["content-disposition"] ?? "(missing)", `${where}: Content-Disposition`).toMatch(/^attachment;/);
    if (target.kind === "page") {
      const csp = headers["content-security-policy"] ?? "";
      expect.soft(csp, `${where}: Content-Security-Policy frame-ancestors`).toContain("frame-ancestors 'none'");
      expect.soft(csp, `${where}: Content-Security-Policy object-src`).toContain("object-src 'none'");
      expect.soft(csp, `${where}: script-src allows no inline script without the nonce`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });
}

for (const target of TARGETS.filter((candidate) => candidate.kind === "page")) {
  test(`${target.what}: a new CSP nonce per request, carried by every <script>`, async ({ browser, playwright, baseURL }) => {
    const first = await fetchAs(target, { browser, playwright, baseURL });
    const second = await fetchAs(target, { browser, playwright, baseURL });
    const where = `${target.role} ${target.url(securityFixtures())}`;
    const nonces = [first, second].map((answer) => nonceOf(answer.headers["content-security-policy"] ?? ""));
    expect(nonces[0], `${where}: the CSP has a nonce`).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
    expect(nonces[1], `${where}: two requests got the same nonce`).not.toBe(nonces[0]);
    const html = first.text;
    expect(html.match(/<script\b/gi)?.length ?? 0, `${where}: the page has scripts to check`).toBeGreaterThan(0);
    expect(scriptsWithoutNonce(html, nonces[0] ?? ""), `${where}: <script> tags without the request's nonce`).toEqual([]);
  });
}

test("signed-in pages and signed-in API answers are never stored, for every signed-in role", async ({ browser, playwright, baseURL }) => {
  const fixtures = securityFixtures();
  const cases: { role: SecurityRole; url: string }[] = [
    { role: "citizenA", url: "/en/applications" },
    { role: "citizenA", url: `/en/applications/${fixtures.citizenA.submittedApplicationId}` },
    { role: "citizenA", url: "/en/documents" },
    { role: "caseworker", url: `/en/staff/applications/${fixtures.citizenA.submittedApplicationId}` },
    { role: "supervisor", url: "/en/staff/payments" },
    { role: "admin", url: "/en/admin" },
    { role: "admin", url: "/en/admin/audit" },
    { role: "caseworker", url: "/api/auth/session" },
    { role: "supervisor", url: `/api/documents/${fixtures.citizenA.documentId}` },
  ];
  const stored: string[] = [];
  for (const { role, url } of cases) {
    const request = await requestAs(playwright, baseURL ?? "", await cookieHeaderFor(browser, role));
    const response = await request.get(url);
    const cacheControl = response.headers()["cache-control"];
    if (response.status() !== 200) stored.push(`${role} ${url}: got ${response.status()}, expected 200`);
    else if (!isNoStore(cacheControl)) stored.push(`${role} ${url}: Cache-Control "${cacheControl ?? ""}"`);
    await request.dispose();
  }
  expect(stored, "signed-in answers a browser or shared cache may keep").toEqual([]);
});

test("a 404 and error answers reveal no stack, server path or SQL", async ({ browser, playwright, baseURL }) => {
  const anonymous = await requestAs(playwright, baseURL ?? "", "");
  const citizen = await requestAs(playwright, baseURL ?? "", await cookieHeaderFor(browser, "citizenA"));
  const answers: { what: string; response: APIResponse }[] = [
    { what: "GET an address that does not exist", response: await anonymous.get("/en/no-such-page") },
    { what: "GET a record id that does not exist (citizen)", response: await citizen.get("/en/applications/does-not-exist") },
    { what: "GET a document id full of SQL", response: await citizen.get(`/api/documents/${encodeURIComponent("x' OR '1'='1")}`) },
    { what: "GET a path with a broken percent-encoding", response: await anonymous.get("/en/verify/%E0%A4%A") },
    { what: "POST malformed JSON to the eligibility API", response: await anonymous.post("/api/v1/eligibility", { headers: { "content-type": "application/json" }, data: "{ not json" }) },
    { what: "POST an unknown server action id", response: await citizen.post("/en/family", { headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" }, data: "[]" }) },
    { what: "POST a server action body that is not what Next expects", response: await citizen.post("/en/family", { headers: { "next-action": "x".repeat(42), "content-type": "multipart/form-data; boundary=broken" }, data: "--broken\r\nnonsense" }) },
  ];
  const leaks: string[] = [];
  for (const { what, response } of answers) {
    const found = leakedInternals(await response.text());
    if (response.status() < 400) leaks.push(`${what}: answered ${response.status()}, expected an error status`);
    if (found.length > 0) leaks.push(`${what} (${response.status()}): shows ${found.join(", ")}`);
    if (response.headers()["x-powered-by"]) leaks.push(`${what}: X-Powered-By ${response.headers()["x-powered-by"]}`);
  }
  await anonymous.dispose();
  await citizen.dispose();
  expect(leaks, "error answers that reveal the server's insides").toEqual([]);
});
