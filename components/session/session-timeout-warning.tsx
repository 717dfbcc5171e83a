"use client";

// Warns a signed-in user two minutes before the session ends (WCAG 2.2.1 Timing Adjustable)
// and lets them extend it with one key press. The dialog is a native modal <dialog> with
// role="alertdialog": focus moves into it, the page behind is inert, and Escape is the
// safe choice — it keeps the user signed in rather than closing the warning unanswered.
import { useCallback, useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { DEADLINE_STORAGE_KEY, formatRemaining, refreshSession, WARNING_BEFORE_MS } from "./session-deadline";

/** Translated text, given by the server (no message catalogue in the browser). */
export interface SessionTimeoutText {
  warningTitle: string;
  /** Contains "{time}", replaced by the countdown ("1:59"). */
  warningBody: string;
  stay: string;
  signOut: string;
  refreshFailed: string;
  endedTitle: string;
  endedBody: string;
  signInAgain: string;
}

export interface SessionTimeoutWarningProps {
  /** The page's language, for the sign-in link after the session ended. */
  locale: string;
  text: SessionTimeoutText;
  /**
   * For staff: STAFF_SESSION_IDLE_MINUTES (lib/env.ts), the inactivity after which the
   * session ends. Leave it out for citizens, whose sessions last CITIZEN_SESSION_HOURS
   * (the expiry /api/auth/session reports).
   */
  idleMinutes?: number;
}

type Phase = "counting" | "warning" | "ended";
const MAX_TIMEOUT_MS = 2_147_483_647;

export function SessionTimeoutWarning({ idleMinutes, locale, text }: SessionTimeoutWarningProps) {
  const pathname = usePathname();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [phase, setPhase] = useState<Phase>("counting");
  const [now, setNow] = useState(() => Date.now());
  const [refreshFailed, setRefreshFailed] = useState(false);

  const adoptDeadline = useCallback((next: number | null) => {
    if (next === null) {
      setDeadline(null);
      return;
    }
    setDeadline(next);
    setPhase("counting");
    setRefreshFailed(false);
    try {
      window.localStorage.setItem(DEADLINE_STORAGE_KEY, String(next));
    } catch {
      // Storage can be off (private mode); the other tabs then keep their own timers.
    }
  }, []);

  // A page shown is activity: refresh on the first load and on every navigation.
  useEffect(() => {
    let cancelled = false;
    refreshSession(idleMinutes)
      .then((next) => {
        if (!cancelled) adoptDeadline(next);
      })
      .catch(() => {
        // Offline for a moment: keep the deadline we know.
      });
    return () => {
      cancelled = true;
    };
  }, [pathname, idleMinutes, adoptDeadline]);

  // Another tab extended the session.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== DEADLINE_STORAGE_KEY || !event.newValue) return;
      const next = Number(event.newValue);
      if (Number.isFinite(next) && next > Date.now()) {
        setDeadline(next);
        setPhase("counting");
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  // Counting down: sleep until the warning is due; then tick every second until the end.
  useEffect(() => {
    if (deadline === null) return;
    const evaluate = () => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) setPhase("ended");
      else if (current >= deadline - WARNING_BEFORE_MS) setPhase((previous) => (previous === "ended" ? previous : "warning"));
    };
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const untilWarning = deadline - WARNING_BEFORE_MS - Date.now();
      timer = setTimeout(
        () => {
          evaluate();
          schedule();
        },
        untilWarning > 0 ? Math.min(untilWarning, MAX_TIMEOUT_MS) : 1_000,
      );
    };
    schedule();
    // Timers stop while a phone sleeps: look again when the page is shown.
    document.addEventListener("visibilitychange", evaluate);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", evaluate);
    };
  }, [deadline]);

  // Open and close the modal with the phase, moving focus in and back.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (phase === "counting") {
      if (dialog.open) {
        dialog.close();
        returnFocusRef.current?.focus();
      }
      return;
    }
    if (!dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (phase === "warning") stayRef.current?.focus();
    else dialog.querySelector<HTMLElement>("[data-session-ended-action]")?.focus();
  }, [phase]);

  const staySignedIn = useCallback(async () => {
    try {
      const next = await refreshSession(idleMinutes);
      if (next === null) setPhase("ended");
      else adoptDeadline(next);
    } catch {
      setRefreshFailed(true);
    }
  }, [idleMinutes, adoptDeadline]);

  const onCancel = (event: React.SyntheticEvent<HTMLDialogElement>) => {
    // Escape never signs anyone out and never hides the warning unanswered.
    event.preventDefault();
    if (phase === "warning") void staySignedIn();
  };

  const remaining = deadline === null ? 0 : deadline - now;
  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-labelledby="session-dialog-title"
      aria-describedby="session-dialog-body"
      onCancel={onCancel}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded border-4 border-emerald-900 bg-white p-6 text-slate-900 backdrop:bg-black/60"
    >
      {phase === "ended" ? (
        <div className="space-y-4">
          <h2 id="session-dialog-title" className="text-xl font-bold">
            {text.endedTitle}
          </h2>
          <p id="session-dialog-body">{text.endedBody}</p>
          {/* A full page load: after the session ended nothing of this page should linger. */}
          <a
            href={signInHref(locale, pathname)}
            data-session-ended-action
            className="inline-block min-h-11 rounded bg-emerald-800 px-4 py-2 font-semibold text-white no-underline focus:outline-none focus:ring-4 focus:ring-amber-400"
          >
            {text.signInAgain}
          </a>
        </div>
      ) : (
        <div className="space-y-4">
          <h2 id="session-dialog-title" className="text-xl font-bold">
            {text.warningTitle}
          </h2>
          <p id="session-dialog-body">{text.warningBody.replace("{time}", formatRemaining(remaining))}</p>
          {refreshFailed ? (
            <p role="alert" className="font-semibold text-red-700">
              {text.refreshFailed}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-4">
            <button
              ref={stayRef}
              type="button"
              onClick={() => void staySignedIn()}
              className="min-h-11 rounded bg-emerald-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#022c22] hover:bg-emerald-900 focus:outline-none focus:ring-4 focus:ring-amber-400"
            >
              {text.stay}
            </button>
            <form action={signOutAction}>
              <button type="submit" className="min-h-11 rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#475569] hover:bg-slate-300 focus:outline-none focus:ring-4 focus:ring-amber-400">
                {text.signOut}
              </button>
            </form>
          </div>
        </div>
      )}
    </dialog>
  );
}

/** The sign-in page, coming back to this page (its path without the locale) afterwards. */
function signInHref(locale: string, pathname: string): string {
  const prefix = `/${locale}`;
  const path = pathname === prefix ? "/" : pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : "/";
  return `${prefix}/sign-in?next=${encodeURIComponent(path)}`;
}
