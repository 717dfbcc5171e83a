// Acting as a security role over HTTP for the action specs: a request context per role
// (cached per worker), and one call of an action from the expectation table around two
// database fingerprints, so a spec can assert both the answer and "nothing was written".
import type { APIRequestContext, Browser } from "@playwright/test";
import { changedTables, databaseFingerprint } from "./database-fingerprint";
import { callServerAction, portalOrigin, type FormFields, type ServerActionAnswer } from "./server-action-call";
import { actionIdOf } from "./server-action-manifest";
import type { ActionExpectation } from "./server-action-expectations";
import { cookieHeaderFor, requestAs, securityFixtures, type Playwright, type SecurityRole } from "./security-roles";

/**
 * Anonymous callers carry a session cookie that is not a valid token: the proxy only looks
 * for the cookie's presence, so the call reaches the action and its own gate must refuse it
 * (without the cookie, the proxy's sign-in redirect would answer for the action).
 */
export const FORGED_SESSION_COOKIE = "authjs.session-token=forged-by-the-security-suite";

export async function cookieOf(browser: Browser, role: SecurityRole): Promise<string> {
  return role === "anonymous" ? FORGED_SESSION_COOKIE : cookieHeaderFor(browser, role);
}

export async function requestFor(playwright: Playwright, cookie: string): Promise<APIRequestContext> {
  return requestAs(playwright, portalOrigin(), cookie);
}

export interface ObservedCall {
  answer: ServerActionAnswer;
  changed: string[];
}

/** Calls `key` as the table describes it with `fields`, and lists the tables it changed. */
export async function observeActionCall(
  request: APIRequestContext,
  key: string,
  expectation: ActionExpectation,
  fields: FormFields | null,
  extra: { origin?: string } = {},
): Promise<ObservedCall> {
  const fixtures = securityFixtures();
  const before = await databaseFingerprint();
  const answer = await callServerAction(request, {
    actionId: actionIdOf(key),
    pagePath: expectation.page(fixtures),
    args: expectation.args(fixtures),
    ...(fields ? { fields } : {}),
    ...extra,
  });
  const changed = changedTables(before, await databaseFingerprint());
  return { answer, changed };
}
