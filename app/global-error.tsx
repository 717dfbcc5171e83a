"use client";

// Shown when the locale layout itself fails (e.g. the database is unreachable while the
// session is read), replacing Next.js's English-only default. The layout that knows the
// language is what failed, so the page speaks all three, like app/not-found.tsx, and shows
// only the opaque digest that lets staff find the server-side log entry: never a message.
import en from "@/lib/i18n/messages/en/errors.json";
import kk from "@/lib/i18n/messages/kk/errors.json";
import ru from "@/lib/i18n/messages/ru/errors.json";

const LANGUAGES = [
  ["kk", kk],
  ["ru", ru],
  ["en", en],
] as const;

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="kk">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <main role="alert">
          {LANGUAGES.map(([locale, text]) => (
            <section key={locale} lang={locale}>
              <h1 style={{ fontSize: locale === "kk" ? "1.75rem" : "1.25rem" }}>{text.errorTitle}</h1>
              <p>{text.errorBody}</p>
            </section>
          ))}
          {error.digest ? <p>{en.reference.replace("{digest}", error.digest)}</p> : null}
          <p>
            <button type="button" onClick={reset}>
              {kk.tryAgain} · <span lang="ru">{ru.tryAgain}</span> · <span lang="en">{en.tryAgain}</span>
            </button>
          </p>
          <p>
            {/* Plain links, a full page load after a crash: next/link here goes into every page's
                bundle (+4 KiB, which put the screener over its 150 KiB budget). */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/kk">{kk.goHome}</a> · <a href="/ru" lang="ru">{ru.goHome}</a> · <a href="/en" lang="en">{en.goHome}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
