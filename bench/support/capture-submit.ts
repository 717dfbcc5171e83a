// The submit action's wire format, learnt from a real submit in Chromium: the browser
// posts the "check your answers" form through React's server-action protocol (the
// Next-Action id, the router state, a multipart body carrying the bound, encrypted
// measure slug and the application id). The bench replays that request with another
// draft's id and another family's cookie; nothing about the protocol is hand-written.
import type { Browser } from "@playwright/test";
import { BENCH_MEASURE_SLUG, prepareDrafts, type PreparedDraft } from "./prepare-drafts";
import { mintSessionCookie, SESSION_COOKIE } from "./sessions";

export interface SubmitWireFormat {
  path: string;
  headers: Record<string, string>;
  /** The captured body with the application id cut out: before + id + after. */
  bodyBefore: string;
  bodyAfter: string;
  /** The status the server answered the browser's submit with (what success looks like). */
  successStatus: number;
}

// Only the headers the protocol needs; the cookie is set per request.
const KEPT_HEADERS = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];

export async function captureSubmitWireFormat(browser: Browser, baseUrl: string, draft: PreparedDraft, cookie: string): Promise<SubmitWireFormat> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    await context.addCookies([{ name: SESSION_COOKIE, value: cookie.slice(SESSION_COOKIE.length + 1), url: baseUrl }]);
    const page = await context.newPage();
    const path = `/ru/apply/${BENCH_MEASURE_SLUG}/check`;
    const opened = await page.goto(path);
    if (opened?.status() !== 200) throw new Error(`${path} answered ${opened?.status()} for a prepared draft's family`);
    const form = page.locator("form").filter({ has: page.locator(`input[name="applicationId"][value="${draft.applicationId}"]`) });
    const [request] = await Promise.all([
      page.waitForRequest((candidate) => candidate.method() === "POST" && candidate.headers()["next-action"] !== undefined),
      form.getByRole("button").click(),
    ]);
    const response = await request.response();
    if (!response) throw new Error("the captured submit got no response");
    await page.waitForURL(/\/done\//);
    const headers = await request.allHeaders();
    const body = request.postDataBuffer()?.toString("utf8") ?? "";
    const at = body.indexOf(draft.applicationId);
    if (at < 0 || body.indexOf(draft.applicationId, at + 1) >= 0) throw new Error("the submit body does not carry the application id exactly once");
    return {
      path: new URL(request.url()).pathname,
      headers: Object.fromEntries(KEPT_HEADERS.flatMap((name) => (headers[name] ? [[name, headers[name]]] : []))),
      bodyBefore: body.slice(0, at),
      bodyAfter: body.slice(at + draft.applicationId.length),
      successStatus: response.status(),
    };
  } finally {
    await context.close();
  }
}

/** Prepares one draft of its own and captures a real submit of it. */
export async function learnSubmitWireFormat(browser: Browser, portal: { baseUrl: string; databaseUrl: string; authSecret: string }): Promise<SubmitWireFormat> {
  const [draft] = await prepareDrafts(portal.databaseUrl, 1, "capture");
  return captureSubmitWireFormat(browser, portal.baseUrl, draft!, await mintSessionCookie(portal.authSecret, draft!.user));
}
