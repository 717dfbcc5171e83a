// The names Auth.js gives the session cookie: plain on http (development), __Secure- on
// https; a large token is split into name.0, name.1…. Read by the proxy (routing) and by
// getCurrentUser, which skips Auth.js entirely for a visitor without one — most of the
// public pages' traffic, for which Auth.js would otherwise set up its CSRF token each time.
const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** True when any of the cookie names is (a chunk of) the session cookie. */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`))) return true;
  }
  return false;
}
