// A server-action request as Chromium really sent it (headers and raw body), captured
// while a signed-in person used a form, and replayed byte for byte with another session.
import type { APIRequestContext, Page, Request } from "@playwright/test";
import { portalOrigin, readActionAnswer, type ServerActionAnswer } from "./server-action-call";

export interface CapturedActionRequest {
  url: string;
  actionId: string;
  headers: Record<string, string>;
  body: Buffer;
}

// Headers that belong to the browser's connection or session, not to the request's meaning.
const NOT_REPLAYED = new Set(["cookie", "content-length", "host", "connection", "accept-encoding"]);

/** Resolves with the next server-action POST the page sends (start waiting before the click). */
export async function captureNextActionRequest(page: Page): Promise<() => Promise<CapturedActionRequest>> {
  const sent = page.waitForRequest((request: Request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  return async () => {
    const request = await sent;
    const headers = await request.allHeaders();
    const body = request.postDataBuffer();
    if (!body) throw new Error(`the server-action request to ${request.url()} has no body`);
    return {
      url: request.url(),
      actionId: headers["next-action"] ?? "",
      headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase()))),
      body,
    };
  };
}

/** Sends the captured request again through `request` (whose cookie is the one under test). */
export async function replayActionRequest(request: APIRequestContext, captured: CapturedActionRequest): Promise<ServerActionAnswer> {
  const response = await request.post(captured.url, {
    headers: { ...captured.headers, origin: portalOrigin() },
    data: captured.body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return readActionAnswer(response);
}
