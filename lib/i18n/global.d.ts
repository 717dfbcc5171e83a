import type { Messages } from "./messages";
import type { Locale } from "./locales";

// Typed keys for useTranslations/getTranslations: a wrong key fails typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
