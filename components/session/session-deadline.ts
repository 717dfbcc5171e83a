// When the current session ends, as the browser can know it. Asking /api/auth/session
// re-signs the session token (Auth.js rolls a JWT session forward by its maxAge on every
// read that can set cookies), so the answer is both a refresh and the new expiry.
// Staff sessions also end after an idle period (lib/auth/session-claims.ts) that the
// answer does not carry, so it is added here from the value the layout passes in.

/** How long before the end the warning appears. */
export const WARNING_BEFORE_MS = 2 * 60_000;

/** Shared between tabs, so a tab kept busy postpones the warning in the other tabs too. */
export const DEADLINE_STORAGE_KEY = "bakytty.session-deadline";

export function deadlineFrom(expires: unknown, now: number, idleMinutes: number | undefined): number | null {
  if (typeof expires !== "string") return null;
  const absolute = Date.parse(expires);
  if (Number.isNaN(absolute)) return null;
  return idleMinutes ? Math.min(absolute, now + idleMinutes * 60_000) : absolute;
}

/** Refreshes the session and answers its new end, or null when there is no session any more. */
export async function refreshSession(idleMinutes: number | undefined): Promise<number | null> {
  const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`session refresh answered ${response.status}`);
  const body = (await response.json()) as { expires?: unknown } | null;
  return deadlineFrom(body?.expires, Date.now(), idleMinutes);
}

/** "4:05": minutes and seconds left, for the countdown. */
export function formatRemaining(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
