import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

// The locale is always in the URL (/kk/…, /ru/…, /en/…) so a link opens in the language it was shared in.
export const routing = defineRouting({ locales: LOCALES, defaultLocale: DEFAULT_LOCALE, localePrefix: "always" });
