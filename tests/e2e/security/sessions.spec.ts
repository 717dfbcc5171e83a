// Sessions against a real browser: a session cookie copied out of the browser (a stolen or
// left-behind token) stops working at once after sign-out, a role change and disabling;
// sign-in throttling answers an unknown IIN exactly as it answers a known account.
// Proved elsewhere, not repeated here: the demo citizen's copied cookie after sign-out
// (tests/e2e/roles.spec.ts), a disabled colleague's own tab (tests/e2e/admin-accounts.spec.ts),
// the claim checks and the throttle counters themselves (tests/integration/auth/*).
import { expect, test, type Browser, type Cookie, type Page } from "@playwright/test";
import { buildIin } from "@/lib/iin";
import { runE2eSetup } from "../support/e2e-database";
import { signInAs, signInWith } from "../support/sign-in";

interface FixtureAccount {
  iin: string;
  fullName: string;
}

interface SessionFixtures {
  password: string;
  citizen: FixtureAccount & { otherMemberName: string | null };
  caseworkerToPromote: FixtureAccount & { id: string };
  caseworkerToDisable: FixtureAccount & { id: string };
  accountToThrottle: FixtureAccount;
}

let fixtures: SessionFixtures;

test.beforeAll(() => {
  fixtures = runE2eSetup<SessionFixtures>("session-fixtures");
});

interface Replay {
  url: string;
  status: number | undefined;
  text: string;
  /** What Auth.js answers about the session: null when the cookie no longer opens one. */
  session: unknown;
}

/** Opens `path` in a fresh browser holding only the copied cookies, as a thief would. */
async function replay(browser: Browser, cookies: Cookie[], path: string): Promise<Replay> {
  const context = await browser.newContext();
  try {
    await context.addCookies(cookies);
    const page = await context.newPage();
    const response = await page.goto(path);
    const text = await page.locator("body").innerText();
    // A second fresh context: the first one's cookie may have been cleared by the answer above.
    const apiContext = await browser.newContext();
    await apiContext.addCookies(cookies);
    const session = await (await apiContext.request.get("/api/auth/session")).json();
    await apiContext.close();
    return { url: page.url(), status: response?.status(), text, session };
  } finally {
    await context.close();
  }
}

function expectRefused(result: Replay, what: string, secrets: readonly string[]): void {
  expect(result.url, `${what}: the copied cookie still opened ${result.url}`).toMatch(/\/en\/sign-in(\?|$)/);
  expect(result.session, `${what}: /api/auth/session still answers a session`).toBeNull();
  for (const secret of secrets) expect(result.text, `${what}: the sign-in page shows personal data`).not.toContain(secret);
}

test("a fresh citizen signs out: the cookie copied before works until then, and afterwards opens nothing", async ({ page, browser }) => {
  const { citizen, password } = fixtures;
  await signInWith(page, { iin: citizen.iin, password }, "en", `sign-in of ${citizen.iin.slice(0, 2)}…`);
  const cookies = await page.context().cookies();
  const secrets = [citizen.fullName, citizen.iin, ...(citizen.otherMemberName ? [citizen.otherMemberName] : [])];

  // The control: while signed in, the copied cookie is as good as the original.
  const before = await replay(browser, cookies, "/en/family");
  expect(before.url, "citizen: the copied cookie did not work even before sign-out").toMatch(/\/en\/family$/);
  expect(before.text).toContain(citizen.otherMemberName ?? citizen.fullName);
  expect(before.session).toMatchObject({ user: { role: "CITIZEN" } });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  for (const path of ["/en/family", "/en/documents", "/en/applications"]) {
    expectRefused(await replay(browser, cookies, path), `citizen after sign-out ${path}`, secrets);
  }
});

test("an administrator changes a caseworker's role: the caseworker's copied cookie stops working at once", async ({ page, browser }) => {
  const { caseworkerToPromote: caseworker, password } = fixtures;
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signInWith(colleague, { iin: caseworker.iin, password }, "en", `sign-in of ${caseworker.iin.slice(0, 2)}…`);
  await expect(colleague.getByText("Applications of Almaly district")).toBeVisible();
  const cookies = await colleagueContext.cookies();
  const before = await replay(browser, cookies, "/en/staff");
  expect(before.url, "caseworker: the copied cookie did not work even before the role change").toMatch(/\/en\/staff$/);

  await signInAs(page, "ADMIN");
  await page.goto(`/en/admin/staff/${caseworker.id}`);
  await expect(page.getByRole("heading", { level: 1, name: caseworker.fullName })).toBeVisible();
  await page.getByLabel("Role", { exact: true }).selectOption("SUPERVISOR");
  await page.getByRole("button", { name: "Save role and district" }).click();
  await expect(page.getByRole("status")).toHaveText("The role and district have been saved.");

  for (const path of ["/en/staff", "/en/staff/payments"]) {
    expectRefused(await replay(browser, cookies, path), `caseworker after role change ${path}`, [caseworker.fullName]);
  }
  // The colleague's own tab is out too; signing in again opens a session with the new role.
  await colleague.reload();
  await expect(colleague, "the colleague's own tab survived the role change").toHaveURL(/\/en\/sign-in/);
  await signInWith(colleague, { iin: caseworker.iin, password }, "en", `sign-in of ${caseworker.iin.slice(0, 2)}…`);
  await expect(colleague.getByText("Applications in all districts")).toBeVisible();
  await colleagueContext.close();
});

test("an administrator disables a caseworker: the copied cookie stops working at once and the password no longer signs in", async ({ page, browser }) => {
  const { caseworkerToDisable: caseworker, password } = fixtures;
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signInWith(colleague, { iin: caseworker.iin, password }, "en", `sign-in of ${caseworker.iin.slice(0, 2)}…`);
  const cookies = await colleagueContext.cookies();
  await colleagueContext.close();
  const before = await replay(browser, cookies, "/en/staff");
  expect(before.url, "caseworker: the copied cookie did not work even before disabling").toMatch(/\/en\/staff$/);

  await signInAs(page, "ADMIN");
  await page.goto(`/en/admin/staff/${caseworker.id}`);
  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("status")).toHaveText("The account has been disabled and its sessions have ended.");

  for (const path of ["/en/staff", "/en/staff/payments"]) {
    expectRefused(await replay(browser, cookies, path), `disabled caseworker ${path}`, [caseworker.fullName]);
  }
  // The right password of a disabled account gets the answer of a wrong one.
  const again = await browser.newPage();
  await again.goto("/en/sign-in");
  await again.getByLabel("IIN").fill(caseworker.iin);
  await again.getByLabel("Password").fill(password);
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(again.getByRole("alert", { name: "There is a problem" })).toContainText("The IIN or password is not correct");
  await again.close();
});

interface Answer {
  status: number;
  text: string;
}

/** Submits the sign-in form and returns the server's HTTP status and the message shown. */
async function attempt(page: Page, iin: string, password: string): Promise<Answer> {
  await page.getByLabel("IIN").fill(iin);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/en/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const response = await answered;
  const alert = page.getByRole("alert", { name: "There is a problem" });
  await expect(alert).toBeVisible();
  // The form keeps the IIN that was typed (never the password), so a mistyped digit is easy to fix.
  await expect(page.getByLabel("IIN"), "the sign-in form lost the typed IIN").toHaveValue(iin);
  await expect(page.getByLabel("Password")).toHaveValue("");
  return { status: response.status(), text: (await alert.innerText()).trim() };
}

/** Wrong attempts until the answer changes (the throttle), at most `cap`; every answer in order. */
async function attemptsUntilThrottled(page: Page, iin: string, cap: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  while (answers.length < cap) {
    answers.push(await attempt(page, iin, "Not-The-Password-1"));
    if (answers.at(-1)?.text !== answers[0]?.text) break;
  }
  return answers;
}

test("sign-in throttling: a known account and an unknown IIN get the same answers, attempt by attempt, and the form keeps the IIN", async ({ browser }) => {
  // An address of our own (the app reads the load balancer's X-Forwarded-For), so the
  // per-client limit shared by every spec signing in from 127.0.0.1 is not used up here.
  const address = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  const known = fixtures.accountToThrottle.iin;
  const unknown = buildIin("1961-05-17", "female", 9_000 + Math.floor(Math.random() * 900));

  const knownAnswers = await attemptsUntilThrottled(page, known, 20);
  const unknownAnswers = await attemptsUntilThrottled(page, unknown, 20);

  expect(knownAnswers.at(-1)?.text, "the known account was never throttled").toContain("Too many attempts. Wait 15 minutes");
  expect(knownAnswers[0]?.text).toContain("The IIN or password is not correct");
  expect(unknownAnswers, "unknown IIN vs known account: answers differ").toEqual(knownAnswers);

  // Throttled, even the right password gets the same answer: the limit gives nothing away.
  const rightPassword = await attempt(page, known, fixtures.password);
  expect(rightPassword, "the right password of a throttled account").toEqual(knownAnswers.at(-1));
  await context.close();
});
