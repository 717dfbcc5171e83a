// Session cookies for the HTTP benchmarks.
// - The demo citizen and caseworker sign in through the real form in Chromium, so the
//   pages are loaded with exactly the cookie a browser holds.
// - The many applicants of the submit load and the burst cannot: their seeded accounts
//   have no usable password and sign-in is throttled per client (50 per 15 minutes). Their
//   cookies are minted the way Auth.js mints them (next-auth/jwt `encode`, the same salt
//   and the server's AUTH_SECRET) with the claims of lib/auth/session-claims.ts; every
//   request still re-validates them against the database like any other session.
import { chromium, type Browser } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { findSystemChromium } from "../../tests/e2e/chromium-path";
import { signInAs } from "../../tests/e2e/support/sign-in";
import type { SessionClaims } from "../../lib/auth/session-claims";

/** Auth.js's cookie name over plain HTTP (the bench server has no TLS); also the JWT salt. */
export const SESSION_COOKIE = "authjs.session-token";
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findSystemChromium();
  if (!executablePath) throw new Error("no Chromium found (install it: apt-get install -y chromium, or set CHROMIUM_PATH)");
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith("--headless")) });
}

/** Signs in through the sign-in form as the demo account of `role`; the Cookie header value. */
export async function signInThroughForm(browser: Browser, baseUrl: string, role: "CITIZEN" | "CASEWORKER"): Promise<string> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const page = await context.newPage();
    await signInAs(page, role, "ru");
    const cookies = (await context.cookies()).filter((cookie) => cookie.name.startsWith(SESSION_COOKIE));
    if (cookies.length === 0) throw new Error(`signing in as the demo ${role} set no session cookie`);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await context.close();
  }
}

/** A session cookie for a seeded user, as Auth.js would have issued it at sign-in. */
export async function mintSessionCookie(secret: string, user: { id: string; role: SessionClaims["role"]; sessionVersion: number }): Promise<string> {
  const now = Date.now();
  const claims: SessionClaims = { uid: user.id, role: user.role, sv: user.sessionVersion, activeAt: now, signedInAt: now };
  const token = await encode({ token: { ...claims }, secret, salt: SESSION_COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
  return `${SESSION_COOKIE}=${token}`;
}
