import en from "./messages/en.json";
import kk from "./messages/kk.json";
import ru from "./messages/ru.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

// English is the reference set; tests/i18n/message-keys.test.ts fails when kk or ru lack a key.
const MESSAGES: Record<Locale, Messages> = { en, kk: kk as Messages, ru: ru as Messages };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
