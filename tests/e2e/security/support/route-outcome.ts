// Judges one response of the access matrix against what the table says the role must get,
// and says in one line what was wrong (or null when it is right).
import type { Access } from "./route-access-table";
import type { SecurityRole } from "./security-roles";

export interface Observed {
  status: number;
  /** The Location header, when there is one. */
  location: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const API_REFUSALS = new Set([401, 403, 404]);
const SIGNED_IN_REFUSALS = new Set([403, 404]);
const TWELVE_DIGITS = /\d{12}/;

function pathAndQuery(location: string): string {
  const url = new URL(location, "http://portal.invalid");
  return `${url.pathname}${url.search}`;
}

/** Anonymous visitors of a signed-in page go to sign-in, carrying back a path and nothing personal. */
function checkSignInRedirect(requested: string, observed: Observed): string | null {
  if (!REDIRECT_STATUSES.has(observed.status) || !observed.location) return `expected a redirect to sign-in, got ${observed.status}`;
  const target = new URL(observed.location, "http://portal.invalid");
  const locale = requested.split("/")[1];
  if (target.pathname !== `/${locale}/sign-in`) return `redirected to ${target.pathname}, not /${locale}/sign-in`;
  const next = target.searchParams.get("next");
  if (next !== null && (!next.startsWith("/") || next.includes("?") || TWELVE_DIGITS.test(next))) return `sign-in's next holds more than a path: ${next}`;
  return null;
}

export function judge(access: Access, role: SecurityRole, requested: string, observed: Observed): string | null {
  const isApi = requested.startsWith("/api/");
  if (access === "allowed") return observed.status === 200 ? null : `expected 200, got ${observed.status}${observed.location ? ` → ${observed.location}` : ""}`;
  if (access === "absent") return observed.status === 404 ? null : `expected 404 (no such page), got ${observed.status}`;
  if (typeof access === "object") {
    if (!REDIRECT_STATUSES.has(observed.status) || !observed.location) return `expected a redirect to ${access.redirect}, got ${observed.status}`;
    const target = pathAndQuery(observed.location);
    return target === access.redirect ? null : `expected a redirect to ${access.redirect}, got one to ${target}`;
  }
  if (role !== "anonymous") return SIGNED_IN_REFUSALS.has(observed.status) ? null : `expected 403/404, got ${observed.status}${observed.location ? ` → ${observed.location}` : ""}`;
  if (isApi) return API_REFUSALS.has(observed.status) ? null : `expected 401/403/404, got ${observed.status}`;
  return checkSignInRedirect(requested, observed);
}
