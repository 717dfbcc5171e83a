"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/** Links to the same page in the other languages; each link is marked with its language. */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("language")}>
      <ul className="flex gap-3">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} className="font-bold underline decoration-2 underline-offset-4">
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <Link href={pathname} locale={locale} lang={locale} hrefLang={locale} className="text-white underline-offset-4 hover:underline focus:outline-none focus:ring-4 focus:ring-amber-400">
                {LOCALE_NAMES[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
