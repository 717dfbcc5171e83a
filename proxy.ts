// Runs before every page request. It only routes: picks the locale, sends visitors of
// signed-in areas without a session cookie to the sign-in page, sets per-request headers,
// and answers the anonymous landing page from its template (docs/decisions/0007). It is
// never the security check: pages and data functions check the session
// and the permission themselves (lib/auth/current-user.ts).
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { isCacheableLandingRequest, isLandingTemplateRender, landingFromTemplate, NONCE_PLACEHOLDER } from "@/lib/runtime/anonymous-landing-cache";
import { routing } from "@/lib/i18n/routing";
import { isLocale } from "@/lib/i18n/locales";

const intl = createIntlMiddleware(routing);
const SIGNED_IN_AREAS = ["/family", "/apply", "/applications", "/documents", "/notifications", "/housing-queue", "/staff", "/admin"];

function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Tailwind and Next inject style tags; inline styles carry no script risk.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

// A path that is not valid percent-encoding names no page. Next.js would answer it with a
// bare 500 (its 400 page exists only in the Pages Router), counting a client's typo as a
// server failure.
function hasValidPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// next-intl names the page in every language in a Link header (hreflang alternates). For an
// absurdly long path that header alone outgrows what clients and reverse proxies accept
// (Node: 16 KiB, nginx: 4–8 KiB) and the answer turns into a 502; such a path needs none.
const MAX_ALTERNATE_LINKS_LENGTH = 4096;

export default async function proxy(request: NextRequest) {
  if (!hasValidPercentEncoding(request.nextUrl.pathname)) {
    return new NextResponse("Bad Request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const [, maybeLocale, ...rest] = request.nextUrl.pathname.split("/");
  const pathWithoutLocale = isLocale(maybeLocale) ? `/${rest.join("/")}` : request.nextUrl.pathname;
  const isSignedInArea = SIGNED_IN_AREAS.some((area) => pathWithoutLocale === area || pathWithoutLocale.startsWith(`${area}/`));
  const hasSession = hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));

  if (isSignedInArea && !hasSession && isLocale(maybeLocale)) {
    const signIn = new URL(`/${maybeLocale}/sign-in`, request.url);
    // Only the path is carried back: never a query string that could hold personal data.
    signIn.searchParams.set("next", pathWithoutLocale);
    return NextResponse.redirect(signIn);
  }

  // The proxy's own render of the landing template gets the placeholder (anonymous-landing-cache).
  const isTemplateRender = isLandingTemplateRender(request);
  const nonce = isTemplateRender ? NONCE_PLACEHOLDER : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (isLocale(maybeLocale) && rest.length === 0 && !hasSession && !isTemplateRender && isCacheableLandingRequest(request)) {
    // The template's headers come from a page render, HSTS (next.config.js) included.
    const landing = await landingFromTemplate(request, maybeLocale, nonce, csp);
    if (landing) return landing;
  }
  request.headers.set("x-nonce", nonce);
  // The path without the locale, for the language switcher (a server component).
  request.headers.set("x-path-without-locale", pathWithoutLocale === "/" ? "" : pathWithoutLocale);
  request.headers.set("Content-Security-Policy", csp);

  const response = intl(request);
  if ((response.headers.get("link")?.length ?? 0) > MAX_ALTERNATE_LINKS_LENGTH) response.headers.delete("link");
  response.headers.set("Content-Security-Policy", csp);
  // Pages of signed-in people are never stored by browsers or shared caches.
  if (isSignedInArea) response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Everything except API routes, Next's internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
