// Links to the same page in the other languages; each link is marked with its language.
// A server component with plain links: switching language loads the page anew, and no
// client-side router code is sent to phones for it.
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

export async function LanguageSwitcher() {
  const t = await getTranslations("common");
  const current = await getLocale();
  const path = (await headers()).get("x-path-without-locale") ?? "";
  // Only our own paths: the header is set by proxy.ts from the request path.
  const safePath = /^(\/[A-Za-z0-9\-_/]*)?$/.test(path) ? path : "";
  return (
    <nav aria-label={t("language")}>
      <ul className="flex gap-3">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} className="inline-block min-h-6 font-bold underline decoration-2 underline-offset-4">
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a href={`/${locale}${safePath}`} lang={locale} hrefLang={locale} className="inline-block min-h-6 text-white underline-offset-4 hover:underline focus:outline-none focus:ring-4 focus:ring-amber-400">
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
