"use client";

// Shown when a page fails. It reveals nothing internal: no message, no stack, only the
// opaque digest that lets staff find the server-side log entry. An error boundary gets
// no props from the server, so it carries its own few strings in the three languages.
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/errors.json";
import kk from "@/lib/i18n/messages/kk/errors.json";
import ru from "@/lib/i18n/messages/ru/errors.json";

const TEXT = { en, kk, ru } as const;

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const known = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = TEXT[known];
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="text-3xl font-bold">{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      {error.digest ? <p className="text-sm text-slate-700">{t.reference.replace("{digest}", error.digest)}</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" onClick={reset}>
          {t.tryAgain}
        </Button>
        {/* A plain link as well: "try again" may fail again, and a person needs a way out. A
            full page load (not next/link, which would add its code to every page) starts afresh. */}
        <a className="underline" href={`/${known}`}>
          {t.goHome}
        </a>
      </div>
    </div>
  );
}
