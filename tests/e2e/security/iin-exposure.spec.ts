// The IIN never leaves the page it is shown on (issue 7): crawl every page each role can
// reach (the access table's pages plus the links found on them, same origin, GET only) and
// check that no IIN of a fixture or demo person — nor any 12-digit number passing the IIN
// checksum — appears in an address visited or redirected to, or in the React Flight data
// (the self.__next_f scripts and the `RSC: 1` answer) unless the page displays it. Then a
// failed sign-in and a refused registration, and at the end the servers' whole log.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { fieldValues, flightPayload, iinsIn, knownIinsIn, pageLinksIn, pathShape, visibleText } from "./support/iin-crawl";
import { ROUTE_CASES } from "./support/route-access-table";
import { cookieHeaderFor, requestAs, SECURITY_ROLES, securityFixtures, type SecurityFixtures, type SecurityRole } from "./support/security-roles";

// Requests only: a failure message names the role, address and IIN, which is all a trace would add.
test.use({ trace: "off" });

const MAX_PAGES_PER_ROLE = 120;
// A few records of each kind (two applications, two queue entries…), not all 300 families'.
const MAX_PAGES_PER_SHAPE = 2;

/**
 * Pages that show a full IIN on purpose, in a form field only, to the person entitled to it.
 * The family member form (/family/members/[memberId]): the applicant corrects a member's IIN
 * there, so the field holds the current value; only the family's own applicant reaches it
 * (the access matrix refuses everyone else), and it never shows in the page's text.
 */
const FULL_IIN_IN_FORM_FIELD: readonly { shape: string; roles: readonly SecurityRole[] }[] = [
  { shape: "/en/family/members/:id", roles: ["citizenA", "citizenB"] },
];

function mayShowFullIinInField(role: SecurityRole, url: string): boolean {
  return FULL_IIN_IN_FORM_FIELD.some((page) => page.shape === pathShape(url) && page.roles.includes(role));
}

function knownIins(fixtures: SecurityFixtures): Set<string> {
  return new Set([
    ...DEMO_ACCOUNTS.map((account) => account.iin),
    ...fixtures.citizenA.memberIins, fixtures.citizenA.iin,
    ...fixtures.citizenB.memberIins, fixtures.citizenB.iin,
    fixtures.caseworkerOtherDistrict.iin,
  ]);
}

/** Every IIN-looking number or known IIN in `text`. */
function exposedIins(text: string, known: Set<string>): string[] {
  return [...new Set([...iinsIn(text), ...knownIinsIn(text, known)])];
}

function startPages(role: SecurityRole, fixtures: SecurityFixtures): string[] {
  return ROUTE_CASES.filter((routeCase) => !routeCase.route.startsWith("/api/") && routeCase.method !== "POST")
    .filter((routeCase) => routeCase.access[role] === "allowed" || typeof routeCase.access[role] === "object")
    .map((routeCase) => routeCase.url(fixtures));
}

function isCrawlable(link: string): boolean {
  // Pages in the suite's locale; never sign-out; downloads are checked by address only.
  return link.startsWith("/en") && !link.includes("sign-out") && !link.startsWith("/api/");
}

for (const role of SECURITY_ROLES) {
  test(`${role}: no IIN in any address, redirect or serialized page data beyond what is displayed`, async ({ browser, playwright, baseURL }) => {
    test.setTimeout(300_000);
    const fixtures = securityFixtures();
    const known = knownIins(fixtures);
    const request = await requestAs(playwright, baseURL ?? "", await cookieHeaderFor(browser, role));
    const queue = startPages(role, fixtures);
    const visited = new Set<string>();
    const perShape = new Map<string, number>();
    const problems: string[] = [];
    // Pages whose Flight data / RSC answer was actually read: if Next changes how it
    // serializes, these drop to 0 and the test fails instead of passing on nothing.
    let pagesWithFlightData = 0;
    let rscAnswers = 0;
    try {
      while (queue.length > 0 && visited.size < MAX_PAGES_PER_ROLE) {
        const url = queue.shift() ?? "";
        const shape = pathShape(url);
        if (visited.has(url) || (perShape.get(shape) ?? 0) >= MAX_PAGES_PER_SHAPE) continue;
        visited.add(url);
        perShape.set(shape, (perShape.get(shape) ?? 0) + 1);
        for (const iin of exposedIins(url, known)) problems.push(`${role} visited an address holding IIN ${iin}: ${url}`);

        const response = await request.get(url);
        const location = response.headers()["location"];
        if (location) {
          for (const iin of exposedIins(location, known)) problems.push(`${role} ${url} redirected to an address holding IIN ${iin}: ${location}`);
          const target = new URL(location, baseURL);
          if (target.origin === new URL(baseURL ?? "").origin) queue.unshift(`${target.pathname}${target.search}`);
          continue;
        }
        if (response.status() !== 200 || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;

        const html = await response.text();
        const text = visibleText(html);
        const fields = fieldValues(html);
        const displayed = `${text} ${fields}`;
        const flight = flightPayload(html);
        if (flight.length > 0) pagesWithFlightData += 1;
        for (const iin of exposedIins(flight, known)) {
          if (!displayed.includes(iin)) problems.push(`${role} ${url}: IIN ${iin} is in the page's serialized data (self.__next_f) but not displayed`);
        }
        // Next answers `RSC: 1` with a redirect to the same address plus its `_rsc` cache key first.
        const rsc = await request.get(url, { headers: { RSC: "1" }, maxRedirects: 3 });
        if ((rsc.headers()["content-type"] ?? "").includes("text/x-component")) rscAnswers += 1;
        for (const iin of exposedIins(await rsc.text(), known)) {
          if (!displayed.includes(iin)) problems.push(`${role} ${url}: IIN ${iin} is in the RSC answer but not displayed`);
        }
        for (const iin of exposedIins(text, known)) problems.push(`${role} ${url}: shows the full IIN ${iin} in its text (only masked IINs are shown)`);
        if (!mayShowFullIinInField(role, url)) {
          for (const iin of exposedIins(fields, known)) problems.push(`${role} ${url}: a form field holds the full IIN ${iin}, on a page not justified in FULL_IIN_IN_FORM_FIELD`);
        }

        for (const link of pageLinksIn(html)) {
          for (const iin of exposedIins(link, known)) problems.push(`${role} ${url} links to an address holding IIN ${iin}: ${link}`);
          if (isCrawlable(link) && !visited.has(link)) queue.push(link);
        }
      }
    } finally {
      await request.dispose();
    }
    // The reach of the crawl, in the test output: a shrinking number means pages went unchecked.
    console.log(`${role}: crawled ${visited.size} pages (${perShape.size} kinds), ${pagesWithFlightData} with Flight data, ${rscAnswers} RSC answers`);
    expect(visited.size, `${role}: pages crawled`).toBeGreaterThan(role === "anonymous" ? 5 : 8);
    expect(pagesWithFlightData, `${role}: pages whose self.__next_f data was decoded`).toBeGreaterThan(5);
    expect(rscAnswers, `${role}: pages whose RSC answer (text/x-component) was read`).toBeGreaterThan(5);
    expect(problems, `${role}: IINs exposed (${visited.size} pages crawled)`).toEqual([]);
  });
}

test("a failed sign-in and a refused registration keep the IIN out of the address", async ({ page }) => {
  const fixtures = securityFixtures();
  await page.goto("/en/sign-in");
  await page.getByLabel("IIN").fill(fixtures.citizenA.iin);
  await page.getByLabel("Password").fill("not-the-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  expect(page.url(), "the address after a failed sign-in").not.toContain(fixtures.citizenA.iin);

  // Citizen B's IIN is registered already: the form refuses it.
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Security Suite Visitor");
  await page.getByLabel("IIN").fill(fixtures.citizenB.iin);
  await page.getByLabel("Mobile phone").fill("+7 701 555 00 77");
  await page.getByLabel(/^Password/).fill("Security-Suite-Pass-2026");
  await page.getByLabel("Repeat the password").fill("Security-Suite-Pass-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  expect(page.url(), "the address after a refused registration").not.toContain(fixtures.citizenB.iin);
});

// The one search that takes an IIN (staff, housing queue) posts it to a server action that
// answers with the family's entry, so the number never reaches the address bar, however typed.
test("a caseworker's housing-queue search by IIN leads to the entry, never putting the IIN in the address", async ({ browser, baseURL }) => {
  const fixtures = securityFixtures();
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { Cookie: await cookieHeaderFor(browser, "caseworker") } });
  const page = await context.newPage();
  const iin = fixtures.citizenA.iin;
  try {
    for (const typed of [iin, `${iin.slice(0, 6)} ${iin.slice(6)}`, `${iin.slice(0, 4)}-${iin.slice(4, 8)}-${iin.slice(8)}`]) {
      await page.goto("/en/staff/housing-queue");
      await page.getByLabel("Name or application reference").fill(typed);
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page, `caseworker searched the queue for "${typed}"`).toHaveURL(new RegExp(`/en/staff/housing-queue/${fixtures.citizenA.queueEntryId}$`));
      expect(page.url().replace(/\D/g, ""), `the address after searching for "${typed}"`).not.toContain(iin);
    }
  } finally {
    await context.close();
  }
});

// Last in this file: by now the crawl, the failed sign-in and the refused registration above
// (and every spec before this one in the run) have gone through the servers.
test("the servers' log holds no IIN", () => {
  const logFile = process.env.E2E_LOG_FILE;
  expect(logFile, "E2E_LOG_FILE (set by tests/e2e/run.ts)").toBeTruthy();
  const log = readFileSync(logFile ?? "", "utf8");
  expect(log.length, `${logFile} is empty: the log check would prove nothing`).toBeGreaterThan(0);
  const known = knownIins(securityFixtures());
  const lines = log.split("\n");
  const leaks = lines.flatMap((line, index) => exposedIins(line, known).map((iin) => `line ${index + 1}: IIN ${iin}: ${line.slice(0, 200)}`));
  expect(leaks, `lines of ${logFile} holding an IIN`).toEqual([]);
});
