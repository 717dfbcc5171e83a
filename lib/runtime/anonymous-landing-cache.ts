// The landing page is the same for every visitor without a session and carries most of the
// traffic, but a Content-Security-Policy nonce must be new for every response, which forces
// Next.js to render it per request (~7 ms of CPU: about 150 req/s on 2 cores, where issue 7
// asks for 1,000). So the proxy renders it once every few seconds with a placeholder nonce
// — a random per-process value no visitor ever receives — and answers each visitor with that
// HTML, the placeholder replaced by a fresh nonce. Every response keeps its own nonce; the
// content is at most LANDING_TEMPLATE_SECONDS old (default 5), and fresh at once after a
// change made in this process (lib/cache/public-content-version.ts).
// Only plain document GETs of /<locale> qualify: no session cookie, no query, no
// client-navigation (RSC) or server-action request; anything else renders as usual.
import { randomBytes, randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { keepForAWhile, type KeptForAWhile } from "@/lib/cache/keep-for-a-while";
import { publicContentVersion } from "@/lib/cache/public-content-version";
import { env } from "@/lib/env";

const RENDER_HEADER = "x-portal-landing-render";
const RENDER_TOKEN = randomUUID();
/** Base64, like the real nonces, and long enough never to occur in a page by chance. */
export const NONCE_PLACEHOLDER = randomBytes(24).toString("base64");
// Headers of the rendered page that are not carried over: per-response or recomputed.
const DROPPED_HEADERS = new Set(["content-security-policy", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);
const CLIENT_NAVIGATION_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];

interface LandingTemplate {
  html: string;
  headers: [string, string][];
}

/** True for the proxy's own render request, which gets the placeholder instead of a nonce. */
export function isLandingTemplateRender(request: NextRequest): boolean {
  return request.headers.get(RENDER_HEADER) === RENDER_TOKEN;
}

/**
 * Whether a request for /<locale> from a visitor without a session (the proxy has checked
 * both) may be answered from the template: a plain document GET, in production, turned on.
 */
export function isCacheableLandingRequest(request: NextRequest): boolean {
  if (process.env.NODE_ENV !== "production" || !process.env.PORT || env().LANDING_TEMPLATE_SECONDS === 0) return false;
  if (request.method !== "GET" || request.nextUrl.search !== "") return false;
  return !CLIENT_NAVIGATION_HEADERS.some((name) => request.headers.has(name));
}

function templateOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT}`;
}

async function renderTemplate(locale: string): Promise<LandingTemplate | null> {
  const response = await fetch(`${templateOrigin()}/${locale}`, {
    headers: { [RENDER_HEADER]: RENDER_TOKEN, accept: "text/html" },
    redirect: "manual",
    cache: "no-store",
  });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(NONCE_PLACEHOLDER)) return null;
  const headers = [...response.headers].filter(([name]) => !DROPPED_HEADERS.has(name.toLowerCase()));
  return { html, headers };
}

let templates: KeptForAWhile<LandingTemplate | null> | undefined;
function keptTemplates(): KeptForAWhile<LandingTemplate | null> {
  templates ??= keepForAWhile(env().LANDING_TEMPLATE_SECONDS * 1_000, (key) => renderTemplate(key.split("|")[0] ?? ""));
  return templates;
}

/** The origin next-intl puts in its Link header for this request (its getHost rules). */
function visitorOrigin(request: NextRequest): string {
  const url = request.nextUrl.clone();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    url.port = "";
    url.host = host;
  }
  url.protocol = request.headers.get("x-forwarded-proto") ?? url.protocol;
  return url.origin;
}

/** The landing page for `locale` with `nonce` in place of the placeholder, or null (render as usual). */
export async function landingFromTemplate(request: NextRequest, locale: string, nonce: string, csp: string): Promise<Response | null> {
  const template = await keptTemplates().get(`${locale}|${publicContentVersion()}`).catch(() => null);
  if (!template) return null;
  const headers = new Headers(template.headers);
  const link = headers.get("link");
  // The template was rendered for 127.0.0.1; the alternate-language links name the visitor's host.
  if (link) headers.set("link", link.replaceAll(templateOrigin(), visitorOrigin(request)));
  headers.set("Content-Security-Policy", csp);
  return new Response(template.html.replaceAll(NONCE_PLACEHOLDER, nonce), { status: 200, headers });
}
