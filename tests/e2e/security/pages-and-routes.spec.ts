// The access matrix of every page and route handler × the seven roles (issue 7): allowed
// requests work, refused ones get 403/404 (anonymous visitors of signed-in pages: the
// sign-in page) and leave the database exactly as it was. The pages and routes are read
// from app/ at test time, so a new one without a row in the table fails by name.
import { expect, test } from "@playwright/test";
import { changedTables, databaseFingerprint } from "./support/database-fingerprint";
import { listApiRoutes, listPageRoutes } from "./support/page-routes";
import { ROUTE_CASES, type RouteCase } from "./support/route-access-table";
import { judge } from "./support/route-outcome";
import { cookieHeaderFor, requestAs, SECURITY_ROLES, securityFixtures, type SecurityRole } from "./support/security-roles";

// Requests only: a failure message names the role, URL and answer, which is all a trace would add.
test.use({ trace: "off" });

test("every page and route handler has a row in the access table", () => {
  const inTable = new Set(ROUTE_CASES.map((routeCase) => routeCase.route));
  const existing = [...listPageRoutes(), ...listApiRoutes()];
  expect(existing.filter((route) => !inTable.has(route)), "pages/routes missing from tests/e2e/security/support/route-access-table.ts").toEqual([]);
  expect([...inTable].filter((route) => !existing.includes(route)), "table rows for pages/routes that no longer exist").toEqual([]);
});

function describeCase(role: SecurityRole, routeCase: RouteCase, url: string): string {
  return `${role} ${routeCase.method ?? "GET"} ${url} (${routeCase.route}: ${routeCase.what})`;
}

for (const role of SECURITY_ROLES) {
  test(`${role}: every page and route handler answers as the access table says, and refusals write nothing`, async ({ browser, playwright, baseURL }) => {
    test.setTimeout(240_000);
    const fixtures = securityFixtures();
    const request = await requestAs(playwright, baseURL ?? "", await cookieHeaderFor(browser, role));
    const failures: string[] = [];
    try {
      for (const routeCase of ROUTE_CASES) {
        const url = routeCase.url(fixtures);
        const access = routeCase.access[role];
        const refused = access === "refused";
        const before = refused ? await databaseFingerprint() : null;
        const response = routeCase.method === "POST" ? await request.post(url, { data: routeCase.body }) : await request.get(url);
        const problem = judge(access, role, url, { status: response.status(), location: response.headers()["location"] ?? null });
        if (problem) failures.push(`${describeCase(role, routeCase, url)}: ${problem}`);
        if (before) {
          const changed = changedTables(before, await databaseFingerprint());
          if (changed.length > 0) failures.push(`${describeCase(role, routeCase, url)}: refused, but wrote to ${changed.join(", ")}`);
        }
      }
    } finally {
      await request.dispose();
    }
    expect(failures, `${role}: requests that did not answer as the access table says`).toEqual([]);
  });
}

// The bank file changes state on GET (its payments become SENT, the export is audited), so
// a link on another site must not trigger it even with the supervisor's own cookie. The
// same request from the portal itself is the control: it writes, so the fingerprint would
// have seen a write by the refused one.
test("the bank file: refused from another site with the supervisor's cookie, writing nothing; from the portal, exported", async ({ browser, playwright, baseURL }) => {
  const { paymentRunId } = securityFixtures();
  expect(paymentRunId, "the seed made a payment run").not.toBeNull();
  const url = `/api/payment-runs/${paymentRunId}/bank-file`;
  const supervisor = await requestAs(playwright, baseURL ?? "", await cookieHeaderFor(browser, "supervisor"));
  try {
    for (const site of ["cross-site", "same-site"]) {
      const before = await databaseFingerprint();
      const response = await supervisor.get(url, { headers: { "Sec-Fetch-Site": site, "Sec-Fetch-Mode": "navigate" } });
      expect(response.status(), `supervisor GET ${url} with Sec-Fetch-Site: ${site}`).toBe(404);
      expect(changedTables(before, await databaseFingerprint()), `supervisor GET ${url} with Sec-Fetch-Site: ${site} wrote to`).toEqual([]);
    }
    const before = await databaseFingerprint();
    const exported = await supervisor.get(url, { headers: { "Sec-Fetch-Site": "same-origin" } });
    expect(exported.status(), `supervisor GET ${url} from the portal`).toBe(200);
    expect(changedTables(before, await databaseFingerprint()), `supervisor GET ${url} from the portal: the export is recorded`).toContain("AuditLog");
  } finally {
    await supervisor.dispose();
  }
});
